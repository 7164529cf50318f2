using System.Net;

namespace Bff.Backends.Http;

/// <summary>
/// A backend answered with a status the contract does not map to a value. The message is safe to show: it names the
/// backend and status and at most the ProblemDetails <c>title</c>, never the body's details or stack traces.
/// </summary>
public sealed class BackendException : Exception
{
    private const int MaxTitleLength = 200;

    /// <summary>Creates the exception for <paramref name="backend"/> answering <paramref name="statusCode"/>.</summary>
    public BackendException(string backend, HttpStatusCode statusCode, string? title = null, Exception? innerException = null)
        : base(Describe(backend, statusCode, Clean(title)), innerException)
    {
        Backend = backend;
        StatusCode = statusCode;
        Title = Clean(title);
    }

    /// <summary>The backend's name, e.g. <c>pricing</c>, for <c>extensions.backend</c> and logs.</summary>
    public string Backend { get; }

    /// <summary>The HTTP status the backend answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The ProblemDetails title, when the answer had one.</summary>
    public string? Title { get; }

    private static string Describe(string backend, HttpStatusCode status, string? title) => title is null
        ? $"Backend '{backend}' answered {(int)status} ({status})."
        : $"Backend '{backend}' answered {(int)status} ({status}): {title}";

    // A title is the backend's text: keep it short and on one line before it reaches logs or clients.
    private static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        }).Trim();
    }
}
