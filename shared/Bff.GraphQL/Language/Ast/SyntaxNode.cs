namespace Bff.GraphQL.Language;

/// <summary>A position in the source text: character offsets plus the 1-based line and column of the start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>
/// Base of every node of the immutable syntax tree. Nodes are records so that tools (composition, renaming)
/// can derive changed copies with <c>with</c>; structural comparison ignores <see cref="Location"/>.
/// </summary>
public abstract record SyntaxNode
{
    /// <summary>What kind of node this is, without a type test.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node was parsed from; null for nodes built in code.</summary>
    public Location? Location { get; init; }
}

/// <summary>A node that carries a name.</summary>
public interface INamedSyntaxNode
{
    NameNode Name { get; }
}

/// <summary>A node that may carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A name token: <c>[_A-Za-z][_0-9A-Za-z]*</c>.</summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;

    public override string ToString() => Value;
}

/// <summary>A GraphQL document: executable definitions, type-system definitions, or both.</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>Any top-level definition of a document.</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary><c>@name(args)</c></summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}

/// <summary><c>name: value</c> in a field or directive.</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
