namespace Bff.GraphQL.Language;

/// <summary>The three root operation types.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>An operation or a fragment definition.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }

    public abstract SelectionSetNode SelectionSet { get; init; }
}

/// <summary><c>query Name($v: T) @dir { ... }</c>, or the shorthand <c>{ ... }</c>.</summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}

/// <summary><c>$name: Type = default @dir</c></summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

/// <summary><c>fragment Name on Type @dir { ... }</c></summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}

/// <summary><c>{ selection ... }</c></summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode : SyntaxNode, IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary><c>alias: name(args) @dir { ... }</c></summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The key under which the field appears in the response.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}

/// <summary><c>...Name @dir</c></summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : SelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}

/// <summary><c>... on Type @dir { ... }</c>; the type condition is optional.</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
