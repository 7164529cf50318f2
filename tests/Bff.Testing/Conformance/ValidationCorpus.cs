using System.Net.Http.Json;
using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// A corpus of operations run against a server over HTTP and through graphql-js's <c>validate</c> on the committed
/// SDL: both must give the same verdict and, for the invalid ones, the same errors (message and locations).
/// </summary>
public static class ValidationCorpus
{
    /// <summary>POSTs every document to <c>/graphql</c> and compares each answer with graphql-js's verdict.</summary>
    public static async Task<ValidationCorpusResult> RunAsync(HttpClient client, string sdl, IReadOnlyList<CorpusDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(documents);
        var verdicts = await ValidationReference.ValidateAsync(sdl, [.. documents.Select(d => d.Query)]);
        var differences = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            using var response = await client.PostAsJsonAsync("/graphql", documents[i].Body());
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var found = ValidationReference.Compare(verdicts[i], json);
            if ((int)response.StatusCode >= 500)
            {
                differences.Add($"{documents[i].Name}: HTTP {(int)response.StatusCode}");
            }

            differences.AddRange(found.Select(d => $"{documents[i].Name}: {d}"));
        }

        return new ValidationCorpusResult(verdicts.Count(v => v.Valid), verdicts.Count(v => !v.Valid), differences);
    }
}

/// <summary>How a corpus run went.</summary>
/// <param name="Valid">Documents graphql-js found valid.</param>
/// <param name="Invalid">Documents graphql-js found invalid.</param>
/// <param name="Differences">Each document where the server departed from graphql-js, and how.</param>
public sealed record ValidationCorpusResult(int Valid, int Invalid, IReadOnlyList<string> Differences);
