namespace Bff.GraphQL.Language;

/// <summary>
/// A document could not be parsed. <see cref="Exception.Message"/> is worded as graphql-js words it
/// (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>); <see cref="Line"/> and <see cref="Column"/> are 1-based
/// and counted in UTF-16 code units, as graphql-js counts them; <see cref="Position"/> is the 0-based offset.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException()
        : base("Syntax Error")
    {
        Description = string.Empty;
        Line = 1;
        Column = 1;
    }

    public GraphQLSyntaxException(string message)
        : base(message)
    {
        Description = message;
        Line = 1;
        Column = 1;
    }

    public GraphQLSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Description = message;
        Line = 1;
        Column = 1;
    }

    /// <summary>Creates the exception for <paramref name="description"/> at a position already resolved to line and column.</summary>
    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>0-based offset of the error in the source (UTF-16 code units).</summary>
    public int Position { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error.</summary>
    public int Column { get; }

    /// <summary>Resolves <paramref name="position"/> to line and column the way graphql-js's <c>getLocation</c> does.</summary>
    internal static GraphQLSyntaxException At(ReadOnlySpan<char> source, int position, string description)
    {
        if (position > source.Length)
        {
            position = source.Length;
        }

        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < position)
        {
            int next = source[i..position].IndexOfAny('\n', '\r');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
            {
                i += 2;
            }
            else
            {
                i++;
            }

            line++;
            lineStart = i;
        }

        return new GraphQLSyntaxException(description, position, line, position - lineStart + 1);
    }
}
