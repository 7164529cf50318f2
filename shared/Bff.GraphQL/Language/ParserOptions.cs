namespace Bff.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The defaults are safe for documents received from the network.
/// </summary>
/// <remarks>
/// <para><see cref="MaxDepth"/> counts selection sets, list values, object values and list types together
/// (each opening <c>{</c> or <c>[</c> is one level). The default of 64 is about three times the nesting of the
/// deepest documents seen in practice (the standard introspection query nests its <c>TypeRef</c> fragment about
/// 10 levels; real product queries rarely pass 15), while keeping recursion shallow: the parser checks the depth
/// before it recurses, and the setting itself cannot exceed <see cref="MaxDepthLimit"/>, which fits in the stack of
/// any thread (the parser also stops with a syntax error if the stack of the calling thread is nearly exhausted).</para>
/// <para><see cref="MaxTokens"/> bounds the work per document; 15,000 tokens is about 60 KB of realistic query
/// text (the introspection query is about 400 tokens).</para>
/// </remarks>
public sealed record ParserOptions
{
    /// <summary>The largest value <see cref="MaxDepth"/> accepts.</summary>
    public const int MaxDepthLimit = 512;

    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    private readonly int _maxDepth = 64;
    private readonly int _maxTokens = 15_000;
    private readonly int _maxDocumentSize = 1024 * 1024;
    private readonly int? _maxStringLength;

    /// <summary>Deepest nesting of selection sets, list/object values and list types; 1 to <see cref="MaxDepthLimit"/>.</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDepthLimit);
            _maxDepth = value;
        }
    }

    /// <summary>Most lexical tokens (punctuators, names, numbers, strings; not comments) a document may have.</summary>
    public int MaxTokens
    {
        get => _maxTokens;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxTokens = value;
        }
    }

    /// <summary>Largest document: characters for <c>string</c> input, bytes for UTF-8 input.</summary>
    public int MaxDocumentSize
    {
        get => _maxDocumentSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDocumentSize = value;
        }
    }

    /// <summary>Longest string or block string literal in source characters, quotes included; null for no limit
    /// beyond <see cref="MaxDocumentSize"/>.</summary>
    public int? MaxStringLength
    {
        get => _maxStringLength;
        init
        {
            if (value is { } v)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(v, 2);
            }

            _maxStringLength = value;
        }
    }
}
