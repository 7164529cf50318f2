using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace Bff.GraphQL.Language;

/// <summary>
/// Parses GraphQL (October 2021) documents, values and type references into the immutable syntax tree, as graphql-js 16
/// parses them (same grammar, same error wording, 1-based line and column in UTF-16 code units).
/// Errors are <see cref="GraphQLSyntaxException"/>; the limits of <see cref="ParserOptions"/> bound size, tokens and nesting,
/// so no document can exhaust the stack.
/// </summary>
public static class Parser
{
    /// <summary>Parses an executable or type-system document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(source.AsSpan(), options);
    }

    /// <summary>Parses an executable or type-system document.</summary>
    public static DocumentNode Parse(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        CheckSize(source.Length, options, "characters");
        var core = new Core(source, options);
        return core.ParseDocument();
    }

    /// <summary>Parses a UTF-8 encoded document (a leading BOM is allowed). Invalid UTF-8 is a syntax error.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        CheckSize(utf8.Length, options, "bytes");
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(utf8.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(utf8, buffer, out _, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                throw GraphQLSyntaxException.At(buffer.AsSpan(0, written), written, "Invalid UTF-8 byte sequence.");
            }

            var core = new Core(buffer.AsSpan(0, written), options);
            return core.ParseDocument();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a value literal; variables are allowed (graphql-js's <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) => ParseValue(source, false, options);

    /// <summary>Parses a constant value literal: a variable is an error (graphql-js's <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => ParseValue(source, true, options);

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        CheckSize(source.Length, options, "characters");
        var core = new Core(source, options);
        return core.ParseWhole(Core.What.Type, false) is TypeNode t ? t : throw new InvalidOperationException();
    }

    private static ValueNode ParseValue(string source, bool isConst, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        CheckSize(source.Length, options, "characters");
        var core = new Core(source, options);
        return core.ParseWhole(Core.What.Value, isConst) is ValueNode v ? v : throw new InvalidOperationException();
    }

    private static void CheckSize(int size, ParserOptions options, string unit)
    {
        if (size > options.MaxDocumentSize)
        {
            throw new GraphQLSyntaxException(
                $"Document exceeds the maximum size of {options.MaxDocumentSize} {unit}.", 0, 1, 1);
        }
    }

    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DirectiveLocationLookup =
        DirectiveLocations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The recursive-descent parser proper: a value type over the lexer, one per parse.</summary>
    private ref struct Core
    {
        internal enum What
        {
            Value,
            Type,
        }

        private Lexer _lexer;
        private readonly NodeStack _stack;
        private readonly NameTable _names;
        private readonly int _maxDepth;
        private readonly int _maxTokens;
        private int _depth;
        private int _tokens;

        public Core(ReadOnlySpan<char> source, ParserOptions options)
        {
            _lexer = new Lexer(source, options.MaxStringLength ?? int.MaxValue);
            _stack = NodeStack.Rent();
            _names = NameTable.Instance;
            _maxDepth = Math.Min(options.MaxDepth, ParserOptions.MaxDepthLimit);
            _maxTokens = options.MaxTokens;
            _depth = 0;
            _tokens = 0;
        }

        // ---- Entry points -------------------------------------------------------------------------------------

        public DocumentNode ParseDocument()
        {
            try
            {
                Advance(); // SOF
                int mark = _stack.Count;
                do
                {
                    _stack.Push(ParseDefinition());
                }
                while (_lexer.CurKind != TokenKind.EOF);

                // As graphql-js: the document spans the whole source, from the start-of-file token to the end-of-file token.
                return new DocumentNode(_stack.Pop<DefinitionNode>(mark))
                {
                    Location = new Location(0, _lexer.Source.Length, 1, 1),
                };
            }
            finally
            {
                NodeStack.Return(_stack);
            }
        }

        public SyntaxNode ParseWhole(What what, bool isConst)
        {
            try
            {
                Advance(); // SOF
                SyntaxNode node = what == What.Type ? ParseTypeReference() : ParseValueLiteral(isConst);
                Expect(TokenKind.EOF);
                return node;
            }
            finally
            {
                NodeStack.Return(_stack);
            }
        }

        // ---- Document -----------------------------------------------------------------------------------------

        private DefinitionNode ParseDefinition()
        {
            if (Peek(TokenKind.BraceL))
            {
                return ParseOperationDefinition();
            }

            bool hasDescription = PeekDescription();
            Token keyword = hasDescription ? _lexer.Lookahead() : _lexer.Cur;
            if (keyword.Kind == TokenKind.Name)
            {
                ReadOnlySpan<char> k = _lexer.Text(keyword);
                switch (k)
                {
                    case "schema": return ParseSchemaDefinition();
                    case "scalar": return ParseScalarTypeDefinition();
                    case "type": return ParseObjectTypeDefinition();
                    case "interface": return ParseInterfaceTypeDefinition();
                    case "union": return ParseUnionTypeDefinition();
                    case "enum": return ParseEnumTypeDefinition();
                    case "input": return ParseInputObjectTypeDefinition();
                    case "directive": return ParseDirectiveDefinition();
                }

                if (hasDescription)
                {
                    throw _lexer.Error(
                        _lexer.CurStart, "Unexpected description, descriptions are supported only on type definitions.");
                }

                switch (k)
                {
                    case "query":
                    case "mutation":
                    case "subscription":
                        return ParseOperationDefinition();
                    case "fragment":
                        return ParseFragmentDefinition();
                    case "extend":
                        return ParseTypeSystemExtension();
                }
            }

            throw Unexpected(keyword);
        }

        // ---- Operations ---------------------------------------------------------------------------------------

        private OperationDefinitionNode ParseOperationDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            if (Peek(TokenKind.BraceL))
            {
                SelectionSetNode shorthand = ParseSelectionSet();
                return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand) { Location = Loc(start) };
            }

            OperationType operation = ParseOperationType();
            NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
            IReadOnlyList<VariableDefinitionNode> variables = ParseVariableDefinitions();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(false);
            SelectionSetNode selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(operation, name, variables, directives, selectionSet) { Location = Loc(start) };
        }

        private OperationType ParseOperationType()
        {
            Token token = ExpectToken(TokenKind.Name);
            return _lexer.Text(token) switch
            {
                "query" => OperationType.Query,
                "mutation" => OperationType.Mutation,
                "subscription" => OperationType.Subscription,
                _ => throw Unexpected(token),
            };
        }

        private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
        {
            if (!ExpectOptional(TokenKind.ParenL))
            {
                return [];
            }

            int mark = _stack.Count;
            do
            {
                _stack.Push(ParseVariableDefinition());
            }
            while (!ExpectOptional(TokenKind.ParenR));

            return _stack.Pop<VariableDefinitionNode>(mark);
        }

        private VariableDefinitionNode ParseVariableDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            VariableNode variable = ParseVariable();
            Expect(TokenKind.Colon);
            TypeNode type = ParseTypeReference();
            ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            return new VariableDefinitionNode(variable, type, defaultValue, directives) { Location = Loc(start) };
        }

        private VariableNode ParseVariable()
        {
            TokenStart start = _lexer.CurStartMark;
            Expect(TokenKind.Dollar);
            return new VariableNode(ParseName()) { Location = Loc(start) };
        }

        private SelectionSetNode ParseSelectionSet()
        {
            TokenStart start = _lexer.CurStartMark;
            EnterDepth();
            Expect(TokenKind.BraceL);
            int mark = _stack.Count;
            do
            {
                _stack.Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
            }
            while (!ExpectOptional(TokenKind.BraceR));

            _depth--;
            return new SelectionSetNode(_stack.Pop<SelectionNode>(mark)) { Location = Loc(start) };
        }

        private FieldNode ParseField()
        {
            TokenStart start = _lexer.CurStartMark;
            NameNode nameOrAlias = ParseName();
            NameNode? alias = null;
            NameNode name = nameOrAlias;
            if (ExpectOptional(TokenKind.Colon))
            {
                alias = nameOrAlias;
                name = ParseName();
            }

            IReadOnlyList<ArgumentNode> arguments = ParseArguments(false);
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(false);
            SelectionSetNode? selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
            return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
        }

        private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
        {
            if (!ExpectOptional(TokenKind.ParenL))
            {
                return [];
            }

            int mark = _stack.Count;
            do
            {
                TokenStart start = _lexer.CurStartMark;
                NameNode name = ParseName();
                Expect(TokenKind.Colon);
                ValueNode value = ParseValueLiteral(isConst);
                _stack.Push(new ArgumentNode(name, value) { Location = Loc(start) });
            }
            while (!ExpectOptional(TokenKind.ParenR));

            return _stack.Pop<ArgumentNode>(mark);
        }

        // ---- Fragments ----------------------------------------------------------------------------------------

        private SelectionNode ParseFragment()
        {
            TokenStart start = _lexer.CurStartMark;
            Expect(TokenKind.Spread);
            bool hasTypeCondition = ExpectOptionalKeyword("on");
            if (!hasTypeCondition && Peek(TokenKind.Name))
            {
                NameNode name = ParseFragmentName();
                IReadOnlyList<DirectiveNode> spreadDirectives = ParseDirectives(false);
                return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
            }

            NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(false);
            SelectionSetNode selectionSet = ParseSelectionSet();
            return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
        }

        private FragmentDefinitionNode ParseFragmentDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            ExpectKeyword("fragment");
            NameNode name = ParseFragmentName();
            ExpectKeyword("on");
            NamedTypeNode typeCondition = ParseNamedType();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(false);
            SelectionSetNode selectionSet = ParseSelectionSet();
            return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet) { Location = Loc(start) };
        }

        private NameNode ParseFragmentName()
        {
            if (TokenValueIs(_lexer.Cur, "on"))
            {
                throw Unexpected(_lexer.Cur);
            }

            return ParseName();
        }

        // ---- Values -------------------------------------------------------------------------------------------

        private ValueNode ParseValueLiteral(bool isConst)
        {
            Token token = _lexer.Cur;
            switch (token.Kind)
            {
                case TokenKind.BracketL:
                    return ParseList(isConst);
                case TokenKind.BraceL:
                    return ParseObject(isConst);
                case TokenKind.Int:
                    Advance();
                    return new IntValueNode(_names.Get(_lexer.Text(token))) { Location = Loc(token) };
                case TokenKind.Float:
                    Advance();
                    return new FloatValueNode(new string(_lexer.Text(token))) { Location = Loc(token) };
                case TokenKind.String:
                case TokenKind.BlockString:
                    return ParseStringLiteral();
                case TokenKind.Name:
                    Advance();
                    ReadOnlySpan<char> text = _lexer.Text(token);
                    return text switch
                    {
                        "true" => new BooleanValueNode(true) { Location = Loc(token) },
                        "false" => new BooleanValueNode(false) { Location = Loc(token) },
                        "null" => new NullValueNode { Location = Loc(token) },
                        _ => new EnumValueNode(_names.Get(text)) { Location = Loc(token) },
                    };
                case TokenKind.Dollar:
                    if (isConst)
                    {
                        Expect(TokenKind.Dollar);
                        if (_lexer.CurKind == TokenKind.Name)
                        {
                            throw _lexer.Error(
                                token.Start, $"Unexpected variable \"${_lexer.Text(_lexer.Cur)}\" in constant value.");
                        }

                        throw Unexpected(token);
                    }

                    return ParseVariable();
                default:
                    throw Unexpected(token);
            }
        }

        private StringValueNode ParseStringLiteral()
        {
            Token token = _lexer.Cur;
            Advance();
            return new StringValueNode(_lexer.StringValue(token), token.Kind == TokenKind.BlockString) { Location = Loc(token) };
        }

        private ListValueNode ParseList(bool isConst)
        {
            TokenStart start = _lexer.CurStartMark;
            EnterDepth();
            Expect(TokenKind.BracketL);
            int mark = _stack.Count;
            while (!ExpectOptional(TokenKind.BracketR))
            {
                _stack.Push(ParseValueLiteral(isConst));
            }

            _depth--;
            return new ListValueNode(_stack.Pop<ValueNode>(mark)) { Location = Loc(start) };
        }

        private ObjectValueNode ParseObject(bool isConst)
        {
            TokenStart start = _lexer.CurStartMark;
            EnterDepth();
            Expect(TokenKind.BraceL);
            int mark = _stack.Count;
            while (!ExpectOptional(TokenKind.BraceR))
            {
                TokenStart fieldStart = _lexer.CurStartMark;
                NameNode name = ParseName();
                Expect(TokenKind.Colon);
                ValueNode value = ParseValueLiteral(isConst);
                _stack.Push(new ObjectFieldNode(name, value) { Location = Loc(fieldStart) });
            }

            _depth--;
            return new ObjectValueNode(_stack.Pop<ObjectFieldNode>(mark)) { Location = Loc(start) };
        }

        // ---- Directives ---------------------------------------------------------------------------------------

        private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
        {
            if (!Peek(TokenKind.At))
            {
                return [];
            }

            int mark = _stack.Count;
            while (Peek(TokenKind.At))
            {
                TokenStart start = _lexer.CurStartMark;
                Advance();
                NameNode name = ParseName();
                IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst);
                _stack.Push(new DirectiveNode(name, arguments) { Location = Loc(start) });
            }

            return _stack.Pop<DirectiveNode>(mark);
        }

        // ---- Types --------------------------------------------------------------------------------------------

        private TypeNode ParseTypeReference()
        {
            TokenStart start = _lexer.CurStartMark;
            TypeNode type;
            if (Peek(TokenKind.BracketL))
            {
                EnterDepth();
                Advance();
                TypeNode inner = ParseTypeReference();
                Expect(TokenKind.BracketR);
                _depth--;
                type = new ListTypeNode(inner) { Location = Loc(start) };
            }
            else
            {
                type = ParseNamedType();
            }

            if (ExpectOptional(TokenKind.Bang))
            {
                return new NonNullTypeNode(type) { Location = Loc(start) };
            }

            return type;
        }

        private NamedTypeNode ParseNamedType()
        {
            TokenStart start = _lexer.CurStartMark;
            return new NamedTypeNode(ParseName()) { Location = Loc(start) };
        }

        // ---- Type system --------------------------------------------------------------------------------------

        private readonly bool PeekDescription() => _lexer.CurKind is TokenKind.String or TokenKind.BlockString;

        private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

        private SchemaDefinitionNode ParseSchemaDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            ExpectKeyword("schema");
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            Expect(TokenKind.BraceL);
            int mark = _stack.Count;
            do
            {
                _stack.Push(ParseOperationTypeDefinition());
            }
            while (!ExpectOptional(TokenKind.BraceR));

            return new SchemaDefinitionNode(description, directives, _stack.Pop<OperationTypeDefinitionNode>(mark))
            {
                Location = Loc(start),
            };
        }

        private OperationTypeDefinitionNode ParseOperationTypeDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            OperationType operation = ParseOperationType();
            Expect(TokenKind.Colon);
            NamedTypeNode type = ParseNamedType();
            return new OperationTypeDefinitionNode(operation, type) { Location = Loc(start) };
        }

        private IReadOnlyList<OperationTypeDefinitionNode> ParseOptionalOperationTypes()
        {
            if (!ExpectOptional(TokenKind.BraceL))
            {
                return [];
            }

            int mark = _stack.Count;
            do
            {
                _stack.Push(ParseOperationTypeDefinition());
            }
            while (!ExpectOptional(TokenKind.BraceR));

            return _stack.Pop<OperationTypeDefinitionNode>(mark);
        }

        private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            ExpectKeyword("scalar");
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            return new ScalarTypeDefinitionNode(description, name, directives) { Location = Loc(start) };
        }

        private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            ExpectKeyword("type");
            NameNode name = ParseName();
            IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
            return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
        }

        private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
        {
            if (!ExpectOptionalKeyword("implements"))
            {
                return [];
            }

            return ParseDelimitedNamedTypes(TokenKind.Amp);
        }

        private IReadOnlyList<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
        {
            ExpectOptional(delimiter);
            int mark = _stack.Count;
            do
            {
                _stack.Push(ParseNamedType());
            }
            while (ExpectOptional(delimiter));

            return _stack.Pop<NamedTypeNode>(mark);
        }

        private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
        {
            if (!ExpectOptional(TokenKind.BraceL))
            {
                return [];
            }

            int mark = _stack.Count;
            do
            {
                TokenStart start = _lexer.CurStartMark;
                StringValueNode? description = ParseDescription();
                NameNode name = ParseName();
                IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentDefs();
                Expect(TokenKind.Colon);
                TypeNode type = ParseTypeReference();
                IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
                _stack.Push(new FieldDefinitionNode(description, name, arguments, type, directives) { Location = Loc(start) });
            }
            while (!ExpectOptional(TokenKind.BraceR));

            return _stack.Pop<FieldDefinitionNode>(mark);
        }

        private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefs() =>
            ParseInputValueDefs(TokenKind.ParenL, TokenKind.ParenR);

        private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefs(TokenKind open, TokenKind close)
        {
            if (!ExpectOptional(open))
            {
                return [];
            }

            int mark = _stack.Count;
            do
            {
                _stack.Push(ParseInputValueDef());
            }
            while (!ExpectOptional(close));

            return _stack.Pop<InputValueDefinitionNode>(mark);
        }

        private InputValueDefinitionNode ParseInputValueDef()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            NameNode name = ParseName();
            Expect(TokenKind.Colon);
            TypeNode type = ParseTypeReference();
            ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = Loc(start) };
        }

        private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            ExpectKeyword("interface");
            NameNode name = ParseName();
            IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
            return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
        }

        private UnionTypeDefinitionNode ParseUnionTypeDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            ExpectKeyword("union");
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
            return new UnionTypeDefinitionNode(description, name, directives, types) { Location = Loc(start) };
        }

        private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
            ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

        private EnumTypeDefinitionNode ParseEnumTypeDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            ExpectKeyword("enum");
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
            return new EnumTypeDefinitionNode(description, name, directives, values) { Location = Loc(start) };
        }

        private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
        {
            if (!ExpectOptional(TokenKind.BraceL))
            {
                return [];
            }

            int mark = _stack.Count;
            do
            {
                TokenStart start = _lexer.CurStartMark;
                StringValueNode? description = ParseDescription();
                Token nameToken = _lexer.Cur;
                if (TokenValueIs(nameToken, "true") || TokenValueIs(nameToken, "false") || TokenValueIs(nameToken, "null"))
                {
                    throw _lexer.Error(
                        nameToken.Start, $"{_lexer.Describe(nameToken)} is reserved and cannot be used for an enum value.");
                }

                NameNode name = ParseName();
                IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
                _stack.Push(new EnumValueDefinitionNode(description, name, directives) { Location = Loc(start) });
            }
            while (!ExpectOptional(TokenKind.BraceR));

            return _stack.Pop<EnumValueDefinitionNode>(mark);
        }

        private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            ExpectKeyword("input");
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<InputValueDefinitionNode> fields = ParseInputValueDefs(TokenKind.BraceL, TokenKind.BraceR);
            return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = Loc(start) };
        }

        private TypeSystemDefinitionNode ParseTypeSystemExtension()
        {
            Token keyword = _lexer.Lookahead();
            if (keyword.Kind == TokenKind.Name)
            {
                switch (_lexer.Text(keyword))
                {
                    case "schema": return ParseSchemaExtension();
                    case "scalar": return ParseScalarTypeExtension();
                    case "type": return ParseObjectTypeExtension();
                    case "interface": return ParseInterfaceTypeExtension();
                    case "union": return ParseUnionTypeExtension();
                    case "enum": return ParseEnumTypeExtension();
                    case "input": return ParseInputObjectTypeExtension();
                }
            }

            throw Unexpected(keyword);
        }

        private SchemaExtensionNode ParseSchemaExtension()
        {
            TokenStart start = _lexer.CurStartMark;
            ExpectKeyword("extend");
            ExpectKeyword("schema");
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<OperationTypeDefinitionNode> operationTypes = ParseOptionalOperationTypes();
            if (directives.Count == 0 && operationTypes.Count == 0)
            {
                throw Unexpected(_lexer.Cur);
            }

            return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
        }

        private ScalarTypeExtensionNode ParseScalarTypeExtension()
        {
            TokenStart start = _lexer.CurStartMark;
            ExpectKeyword("extend");
            ExpectKeyword("scalar");
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            if (directives.Count == 0)
            {
                throw Unexpected(_lexer.Cur);
            }

            return new ScalarTypeExtensionNode(name, directives) { Location = Loc(start) };
        }

        private ObjectTypeExtensionNode ParseObjectTypeExtension()
        {
            TokenStart start = _lexer.CurStartMark;
            ExpectKeyword("extend");
            ExpectKeyword("type");
            NameNode name = ParseName();
            IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
            if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected(_lexer.Cur);
            }

            return new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
        }

        private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
        {
            TokenStart start = _lexer.CurStartMark;
            ExpectKeyword("extend");
            ExpectKeyword("interface");
            NameNode name = ParseName();
            IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
            if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected(_lexer.Cur);
            }

            return new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
        }

        private UnionTypeExtensionNode ParseUnionTypeExtension()
        {
            TokenStart start = _lexer.CurStartMark;
            ExpectKeyword("extend");
            ExpectKeyword("union");
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
            if (directives.Count == 0 && types.Count == 0)
            {
                throw Unexpected(_lexer.Cur);
            }

            return new UnionTypeExtensionNode(name, directives, types) { Location = Loc(start) };
        }

        private EnumTypeExtensionNode ParseEnumTypeExtension()
        {
            TokenStart start = _lexer.CurStartMark;
            ExpectKeyword("extend");
            ExpectKeyword("enum");
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
            if (directives.Count == 0 && values.Count == 0)
            {
                throw Unexpected(_lexer.Cur);
            }

            return new EnumTypeExtensionNode(name, directives, values) { Location = Loc(start) };
        }

        private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
        {
            TokenStart start = _lexer.CurStartMark;
            ExpectKeyword("extend");
            ExpectKeyword("input");
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> directives = ParseDirectives(true);
            IReadOnlyList<InputValueDefinitionNode> fields = ParseInputValueDefs(TokenKind.BraceL, TokenKind.BraceR);
            if (directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected(_lexer.Cur);
            }

            return new InputObjectTypeExtensionNode(name, directives, fields) { Location = Loc(start) };
        }

        private DirectiveDefinitionNode ParseDirectiveDefinition()
        {
            TokenStart start = _lexer.CurStartMark;
            StringValueNode? description = ParseDescription();
            ExpectKeyword("directive");
            Expect(TokenKind.At);
            NameNode name = ParseName();
            IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentDefs();
            bool repeatable = ExpectOptionalKeyword("repeatable");
            ExpectKeyword("on");
            ExpectOptional(TokenKind.Pipe);
            int mark = _stack.Count;
            do
            {
                Token location = _lexer.Cur;
                NameNode locationName = ParseName();
                if (!DirectiveLocationLookup.Contains(_lexer.Text(location)))
                {
                    throw Unexpected(location);
                }

                _stack.Push(locationName);
            }
            while (ExpectOptional(TokenKind.Pipe));

            return new DirectiveDefinitionNode(description, name, arguments, repeatable, _stack.Pop<NameNode>(mark))
            {
                Location = Loc(start),
            };
        }

        // ---- Utilities ----------------------------------------------------------------------------------------

        private NameNode ParseName()
        {
            Token token = _lexer.Cur;
            if (token.Kind != TokenKind.Name)
            {
                throw ExpectedError(TokenKind.Name, token);
            }

            Advance();
            return new NameNode(_names.Get(_lexer.Text(token))) { Location = Loc(token) };
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly Location? Loc(in Token start) =>
            new Location(start.Start, _lexer.PrevEnd, start.Line, start.Column);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly Location? Loc(TokenStart start) =>
            new Location(start.Start, _lexer.PrevEnd, start.Line, start.Column);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly bool Peek(TokenKind kind) => _lexer.CurKind == kind;

        private void Advance()
        {
            _lexer.Advance();
            if (_lexer.CurKind != TokenKind.EOF && ++_tokens > _maxTokens)
            {
                throw TooManyTokens();
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private readonly GraphQLSyntaxException TooManyTokens() =>
            _lexer.Error(_lexer.CurStart, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

        private void EnterDepth()
        {
            if (++_depth > _maxDepth)
            {
                throw TooDeep();
            }

            // The stack probe is a runtime call; every few levels is enough, as it guarantees far more headroom than
            // a few levels of these frames use.
            if ((_depth & 3) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw _lexer.Error(_lexer.CurStart, "Document is nested too deeply for the available stack.");
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private readonly GraphQLSyntaxException TooDeep() =>
            _lexer.Error(_lexer.CurStart, $"Document exceeds the maximum nesting depth of {_maxDepth}.");

        private void Expect(TokenKind kind)
        {
            if (_lexer.CurKind != kind)
            {
                throw ExpectedError(kind, _lexer.Cur);
            }

            Advance();
        }

        private Token ExpectToken(TokenKind kind)
        {
            Token token = _lexer.Cur;
            if (token.Kind != kind)
            {
                throw ExpectedError(kind, token);
            }

            Advance();
            return token;
        }

        private bool ExpectOptional(TokenKind kind)
        {
            if (_lexer.CurKind != kind)
            {
                return false;
            }

            Advance();
            return true;
        }

        private void ExpectKeyword(string keyword)
        {
            Token token = _lexer.Cur;
            if (token.Kind != TokenKind.Name || !_lexer.Text(token).SequenceEqual(keyword))
            {
                throw _lexer.Error(token.Start, $"Expected \"{keyword}\", found {_lexer.Describe(token)}.");
            }

            Advance();
        }

        private bool ExpectOptionalKeyword(string keyword)
        {
            Token token = _lexer.Cur;
            if (token.Kind != TokenKind.Name || !_lexer.Text(token).SequenceEqual(keyword))
            {
                return false;
            }

            Advance();
            return true;
        }

        /// <summary>graphql-js compares <c>token.value</c>, which names and strings both have.</summary>
        private readonly bool TokenValueIs(in Token token, string value) => token.Kind switch
        {
            TokenKind.Name => _lexer.Text(token).SequenceEqual(value),
            TokenKind.String or TokenKind.BlockString => _lexer.StringValue(token) == value,
            _ => false,
        };

        [MethodImpl(MethodImplOptions.NoInlining)]
        private readonly GraphQLSyntaxException ExpectedError(TokenKind kind, in Token found) =>
            _lexer.Error(found.Start, $"Expected {Lexer.Describe(kind)}, found {_lexer.Describe(found)}.");

        [MethodImpl(MethodImplOptions.NoInlining)]
        private readonly GraphQLSyntaxException Unexpected(in Token token) =>
            _lexer.Error(token.Start, $"Unexpected {_lexer.Describe(token)}.");
    }
}
