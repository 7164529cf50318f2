using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Bff.GraphQL.Language;

/// <summary>
/// Prints syntax trees as canonical GraphQL, character for character as graphql-js 16's <c>print</c> does: two-space
/// indentation, definitions separated by a blank line, field arguments broken over lines when the line would pass
/// 80 characters, argument definitions broken when one of them spans lines, strings escaped as <c>printString</c>
/// and block strings as <c>printBlockString</c>.
/// </summary>
public static class Printer
{
    /// <summary>Deepest nesting (selection sets, list and object values, wrapping types) the printer accepts.</summary>
    public const int MaxDepth = 2048;

    private const int MaxLineLength = 80;

    /// <summary>Prints <paramref name="node"/> and everything under it.</summary>
    /// <exception cref="InvalidOperationException">The tree is nested deeper than <see cref="MaxDepth"/>.</exception>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new Writer(0);
        writer.Node(node);
        return writer.ToString();
    }

    /// <summary>graphql-js's <c>printString</c>: a double-quoted string with control characters, <c>"</c> and <c>\</c> escaped.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            string? escape = c switch
            {
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or (>= '\u007F' and <= '\u009F') => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escape is not null)
            {
                sb.Append(value, start, i - start).Append(escape);
                start = i + 1;
            }
        }

        sb.Append(value, start, value.Length - start).Append('"');
        return sb.ToString();
    }

    /// <summary>graphql-js's <c>printBlockString</c>.</summary>
    public static string PrintBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return BlockString.Print(value);
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    /// <summary>Writes text, indenting every new line to the current level (as graphql-js indents whole printed parts).</summary>
    private sealed class Writer(int depth)
    {
        private readonly StringBuilder _sb = new();
        private string _indentation = string.Empty;
        private int _depth = depth;

        public override string ToString() => _sb.ToString();

        private void Write(string text)
        {
            if (_indentation.Length == 0)
            {
                _sb.Append(text);
                return;
            }

            ReadOnlySpan<char> rest = text;
            while (true)
            {
                int nl = rest.IndexOf('\n');
                if (nl < 0)
                {
                    _sb.Append(rest);
                    return;
                }

                _sb.Append(rest[..nl]).Append('\n').Append(_indentation);
                rest = rest[(nl + 1)..];
            }
        }

        private void Write(char c) => _sb.Append(c);

        private void NewLine() => _sb.Append('\n').Append(_indentation);

        private void Indent() => _indentation += "  ";

        private void Dedent() => _indentation = _indentation[..^2];

        /// <summary>Prints a node on its own (indentation 0), for measuring and for joins.</summary>
        private string Sub(SyntaxNode node)
        {
            var writer = new Writer(_depth);
            writer.Node(node);
            return writer.ToString();
        }

        private void Enter()
        {
            if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw new InvalidOperationException(
                    $"The syntax tree is nested deeper than the printer allows ({MaxDepth} levels).");
            }
        }

        private void Exit() => _depth--;

        private void Block(IReadOnlyList<SyntaxNode> items)
        {
            Write('{');
            Indent();
            for (int i = 0; i < items.Count; i++)
            {
                NewLine();
                Node(items[i]);
            }

            Dedent();
            NewLine();
            Write('}');
        }

        /// <summary>graphql-js's <c>wrap('', description, '\n')</c>.</summary>
        private void Description(StringValueNode? description)
        {
            if (description is not null)
            {
                Node(description);
                NewLine();
            }
        }

        private string Directives(IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count == 0)
            {
                return string.Empty;
            }

            if (directives.Count == 1)
            {
                return Sub(directives[0]);
            }

            var parts = new string[directives.Count];
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = Sub(directives[i]);
            }

            return string.Join(' ', parts);
        }

        private string[] SubAll(IReadOnlyList<SyntaxNode> nodes)
        {
            var parts = new string[nodes.Count];
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = Sub(nodes[i]);
            }

            return parts;
        }

        /// <summary>Space-separated, skipping empty parts (graphql-js's <c>join(parts, ' ')</c>).</summary>
        private void JoinSpaced(params ReadOnlySpan<string> parts)
        {
            bool any = false;
            foreach (string part in parts)
            {
                if (part.Length == 0)
                {
                    continue;
                }

                if (any)
                {
                    Write(' ');
                }

                Write(part);
                any = true;
            }
        }

        /// <summary>Argument definitions: on one line, or one per line when any of them spans lines.</summary>
        private void ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            if (arguments.Count == 0)
            {
                return;
            }

            string[] parts = SubAll(arguments);
            if (parts.Any(p => p.Contains('\n', StringComparison.Ordinal)))
            {
                Write('(');
                Indent();
                foreach (string part in parts)
                {
                    NewLine();
                    Write(part);
                }

                Dedent();
                NewLine();
                Write(')');
            }
            else
            {
                Write('(');
                Write(string.Join(", ", parts));
                Write(')');
            }
        }

        private static string Implements(IReadOnlyList<NamedTypeNode> interfaces)
        {
            if (interfaces.Count == 0)
            {
                return string.Empty;
            }

            var sb = new StringBuilder("implements ");
            for (int i = 0; i < interfaces.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(" & ");
                }

                sb.Append(interfaces[i].Name.Value);
            }

            return sb.ToString();
        }

        private static string UnionMembers(IReadOnlyList<NamedTypeNode> types)
        {
            if (types.Count == 0)
            {
                return string.Empty;
            }

            var sb = new StringBuilder("= ");
            for (int i = 0; i < types.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(" | ");
                }

                sb.Append(types[i].Name.Value);
            }

            return sb.ToString();
        }

        private void TypeHead(string keyword, string name, string implements, string directives, IReadOnlyList<SyntaxNode> block)
        {
            JoinSpaced(keyword, name, implements, directives);
            if (block.Count > 0)
            {
                Write(' ');
                Block(block);
            }
        }

        public void Node(SyntaxNode node)
        {
            switch (node)
            {
                case NameNode n:
                    Write(n.Value);
                    break;
                case DocumentNode n:
                    for (int i = 0; i < n.Definitions.Count; i++)
                    {
                        if (i > 0)
                        {
                            Write("\n\n");
                        }

                        Node(n.Definitions[i]);
                    }

                    break;
                case OperationDefinitionNode n:
                    PrintOperation(n);
                    break;
                case VariableDefinitionNode n:
                    Node(n.Variable);
                    Write(": ");
                    Node(n.Type);
                    if (n.DefaultValue is not null)
                    {
                        Write(" = ");
                        Node(n.DefaultValue);
                    }

                    if (n.Directives.Count > 0)
                    {
                        Write(' ');
                        Write(Directives(n.Directives));
                    }

                    break;
                case SelectionSetNode n:
                    if (n.Selections.Count > 0)
                    {
                        Enter();
                        Block(n.Selections);
                        Exit();
                    }

                    break;
                case FieldNode n:
                    PrintField(n);
                    break;
                case ArgumentNode n:
                    Write(n.Name.Value);
                    Write(": ");
                    Node(n.Value);
                    break;
                case FragmentSpreadNode n:
                    Write("...");
                    Write(n.Name.Value);
                    if (n.Directives.Count > 0)
                    {
                        Write(' ');
                        Write(Directives(n.Directives));
                    }

                    break;
                case InlineFragmentNode n:
                    JoinSpaced("...", n.TypeCondition is null ? string.Empty : "on " + n.TypeCondition.Name.Value, Directives(n.Directives));
                    if (n.SelectionSet.Selections.Count > 0)
                    {
                        Write(' ');
                        Node(n.SelectionSet);
                    }

                    break;
                case FragmentDefinitionNode n:
                    Write("fragment ");
                    Write(n.Name.Value);
                    Write(" on ");
                    Write(n.TypeCondition.Name.Value);
                    Write(' ');
                    if (n.Directives.Count > 0)
                    {
                        Write(Directives(n.Directives));
                        Write(' ');
                    }

                    Node(n.SelectionSet);
                    break;
                case VariableNode n:
                    Write('$');
                    Write(n.Name.Value);
                    break;
                case IntValueNode n:
                    Write(n.Value);
                    break;
                case FloatValueNode n:
                    Write(n.Value);
                    break;
                case StringValueNode n:
                    Write(n.Block ? BlockString.Print(n.Value) : PrintString(n.Value));
                    break;
                case BooleanValueNode n:
                    Write(n.Value ? "true" : "false");
                    break;
                case NullValueNode:
                    Write("null");
                    break;
                case EnumValueNode n:
                    Write(n.Value);
                    break;
                case ListValueNode n:
                    Enter();
                    Write('[');
                    for (int i = 0; i < n.Values.Count; i++)
                    {
                        if (i > 0)
                        {
                            Write(", ");
                        }

                        Node(n.Values[i]);
                    }

                    Write(']');
                    Exit();
                    break;
                case ObjectValueNode n:
                    Enter();
                    Write('{');
                    for (int i = 0; i < n.Fields.Count; i++)
                    {
                        if (i > 0)
                        {
                            Write(", ");
                        }

                        Node(n.Fields[i]);
                    }

                    Write('}');
                    Exit();
                    break;
                case ObjectFieldNode n:
                    Write(n.Name.Value);
                    Write(": ");
                    Node(n.Value);
                    break;
                case DirectiveNode n:
                    Write('@');
                    Write(n.Name.Value);
                    if (n.Arguments.Count > 0)
                    {
                        Write('(');
                        Write(string.Join(", ", SubAll(n.Arguments)));
                        Write(')');
                    }

                    break;
                case NamedTypeNode n:
                    Write(n.Name.Value);
                    break;
                case ListTypeNode n:
                    Enter();
                    Write('[');
                    Node(n.Type);
                    Write(']');
                    Exit();
                    break;
                case NonNullTypeNode n:
                    Enter();
                    Node(n.Type);
                    Write('!');
                    Exit();
                    break;
                case SchemaDefinitionNode n:
                    Description(n.Description);
                    TypeHead("schema", string.Empty, string.Empty, Directives(n.Directives), n.OperationTypes);
                    break;
                case OperationTypeDefinitionNode n:
                    Write(OperationKeyword(n.Operation));
                    Write(": ");
                    Write(n.Type.Name.Value);
                    break;
                case ScalarTypeDefinitionNode n:
                    Description(n.Description);
                    JoinSpaced("scalar", n.Name.Value, Directives(n.Directives));
                    break;
                case ObjectTypeDefinitionNode n:
                    Description(n.Description);
                    TypeHead("type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), n.Fields);
                    break;
                case FieldDefinitionNode n:
                    Description(n.Description);
                    Write(n.Name.Value);
                    ArgumentDefinitions(n.Arguments);
                    Write(": ");
                    Node(n.Type);
                    if (n.Directives.Count > 0)
                    {
                        Write(' ');
                        Write(Directives(n.Directives));
                    }

                    break;
                case InputValueDefinitionNode n:
                    Description(n.Description);
                    Write(n.Name.Value);
                    Write(": ");
                    Node(n.Type);
                    if (n.DefaultValue is not null)
                    {
                        Write(" = ");
                        Node(n.DefaultValue);
                    }

                    if (n.Directives.Count > 0)
                    {
                        Write(' ');
                        Write(Directives(n.Directives));
                    }

                    break;
                case InterfaceTypeDefinitionNode n:
                    Description(n.Description);
                    TypeHead("interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), n.Fields);
                    break;
                case UnionTypeDefinitionNode n:
                    Description(n.Description);
                    JoinSpaced("union", n.Name.Value, Directives(n.Directives), UnionMembers(n.Types));
                    break;
                case EnumTypeDefinitionNode n:
                    Description(n.Description);
                    TypeHead("enum", n.Name.Value, string.Empty, Directives(n.Directives), n.Values);
                    break;
                case EnumValueDefinitionNode n:
                    Description(n.Description);
                    JoinSpaced(n.Name.Value, Directives(n.Directives));
                    break;
                case InputObjectTypeDefinitionNode n:
                    Description(n.Description);
                    TypeHead("input", n.Name.Value, string.Empty, Directives(n.Directives), n.Fields);
                    break;
                case DirectiveDefinitionNode n:
                    Description(n.Description);
                    Write("directive @");
                    Write(n.Name.Value);
                    ArgumentDefinitions(n.Arguments);
                    if (n.Directives.Count > 0)
                    {
                        Write(' ');
                        Write(Directives(n.Directives));
                    }

                    if (n.Repeatable)
                    {
                        Write(" repeatable");
                    }

                    Write(" on ");
                    for (int i = 0; i < n.Locations.Count; i++)
                    {
                        if (i > 0)
                        {
                            Write(" | ");
                        }

                        Write(n.Locations[i].Value);
                    }

                    break;
                case SchemaExtensionNode n:
                    TypeHead("extend schema", string.Empty, string.Empty, Directives(n.Directives), n.OperationTypes);
                    break;
                case ScalarTypeExtensionNode n:
                    JoinSpaced("extend scalar", n.Name.Value, Directives(n.Directives));
                    break;
                case ObjectTypeExtensionNode n:
                    TypeHead("extend type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), n.Fields);
                    break;
                case InterfaceTypeExtensionNode n:
                    TypeHead("extend interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), n.Fields);
                    break;
                case UnionTypeExtensionNode n:
                    JoinSpaced("extend union", n.Name.Value, Directives(n.Directives), UnionMembers(n.Types));
                    break;
                case EnumTypeExtensionNode n:
                    TypeHead("extend enum", n.Name.Value, string.Empty, Directives(n.Directives), n.Values);
                    break;
                case InputObjectTypeExtensionNode n:
                    TypeHead("extend input", n.Name.Value, string.Empty, Directives(n.Directives), n.Fields);
                    break;
                default:
                    throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node));
            }
        }

        private void PrintOperation(OperationDefinitionNode n)
        {
            string variables = string.Empty;
            if (n.VariableDefinitions.Count > 0)
            {
                string[] parts = SubAll(n.VariableDefinitions);
                // graphql-js 16 puts the definitions one per line (not indented) when one of them spans lines.
                variables = parts.Any(p => p.Contains('\n', StringComparison.Ordinal))
                    ? "(\n" + string.Join('\n', parts) + "\n)"
                    : "(" + string.Join(", ", parts) + ")";
            }

            string keyword = OperationKeyword(n.Operation);
            string nameAndVariables = (n.Name?.Value ?? string.Empty) + variables;
            string directives = Directives(n.Directives);
            bool shorthand = n.Operation == OperationType.Query && nameAndVariables.Length == 0 && directives.Length == 0;
            if (!shorthand)
            {
                JoinSpaced(keyword, nameAndVariables, directives);
                Write(' ');
            }

            Node(n.SelectionSet);
        }

        private void PrintField(FieldNode n)
        {
            string prefix = n.Alias is null ? n.Name.Value : n.Alias.Value + ": " + n.Name.Value;
            Write(prefix);
            if (n.Arguments.Count > 0)
            {
                string[] parts = SubAll(n.Arguments);
                int length = prefix.Length + 2;
                foreach (string part in parts)
                {
                    length += part.Length;
                }

                length += 2 * (parts.Length - 1);
                if (length > MaxLineLength)
                {
                    Write('(');
                    Indent();
                    foreach (string part in parts)
                    {
                        NewLine();
                        Write(part);
                    }

                    Dedent();
                    NewLine();
                    Write(')');
                }
                else
                {
                    Write('(');
                    Write(string.Join(", ", parts));
                    Write(')');
                }
            }

            if (n.Directives.Count > 0)
            {
                Write(' ');
                Write(Directives(n.Directives));
            }

            if (n.SelectionSet is { Selections.Count: > 0 })
            {
                Write(' ');
                Node(n.SelectionSet);
            }
        }
    }
}
