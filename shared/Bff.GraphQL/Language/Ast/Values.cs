namespace Bff.GraphQL.Language;

/// <summary>A literal value or a variable.</summary>
public abstract record ValueNode : SyntaxNode;

/// <summary><c>$name</c></summary>
public sealed record VariableNode(NameNode Name) : ValueNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>An integer literal, kept as its source text so that no precision is lost before coercion.</summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>A string literal with escapes resolved; <see cref="Block"/> marks a <c>"""block string"""</c>.</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary><c>true</c> or <c>false</c></summary>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary><c>null</c></summary>
public sealed record NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>An enum value: a name other than <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed record EnumValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary><c>[ value ... ]</c></summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary><c>{ name: value ... }</c></summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary><c>name: value</c> inside an object value.</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
