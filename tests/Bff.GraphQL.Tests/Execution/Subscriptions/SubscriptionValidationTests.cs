using System.Text.Json;
using Bff.GraphQL.Language;
using Bff.GraphQL.Tests.Validation;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Tests.Execution.Subscriptions;

/// <summary>
/// Subscription documents against the subscription test schema, validated by graphql-js 16 (tests/js/validate.mjs)
/// and by ours: the same verdict and the same errors (Single Root Field and the rules around it).
/// </summary>
public sealed class SubscriptionValidationTests
{
    private static readonly string[] Documents =
    [
        """subscription { messageAdded(room: "a") { text } }""",
        """subscription OnMessage { messageAdded(room: "a") { text } failing { text } }""",
        """subscription { messageAdded(room: "a") { text } failing { text } notAStream { room } }""",
        """subscription { __typename }""",
        """subscription Named { __schema { queryType { name } } }""",
        """subscription { ...Both } fragment Both on Subscription { failing { text } notAStream { text } }""",
        """subscription { messageAdded(room: "a") { text } ... on Subscription { failing { text } } }""",
        """subscription { first: failing { text } first: failing { text } }""",
        """subscription { first: failing { text } second: failing { text } }""",
        """subscription { messageAdded { text } }""",
        """subscription { unknownField }""",
        """subscription A { failing { text } } subscription A { notAStream { text } }""",
    ];

    [Fact]
    public async Task SubscriptionDocumentsGetTheVerdictAndErrorsOfGraphQLJs()
    {
        var schema = new SubscriptionTestSchema().Schema;
        var stdin = JsonSerializer.Serialize(new { sdl = SubscriptionTestSchema.Sdl, documents = Documents });
        using var reference = JsonDocument.Parse(await NodeScript.RunWithInputAsync("validate.mjs", stdin));

        var mismatches = new List<string>();
        for (var i = 0; i < Documents.Length; i++)
        {
            var expected = reference.RootElement[i];
            var expectedMessages = expected.GetProperty("messages").EnumerateArray()
                .Zip(expected.GetProperty("locations").EnumerateArray(), (m, l) => Render(m.GetString()!, l))
                .Order(StringComparer.Ordinal)
                .ToList();
            var result = DocumentValidator.Validate(schema, Parser.Parse(Documents[i]), ValidationOptions.SpecOnly);
            var actualMessages = result.Errors.Select(Expect.Render).Order(StringComparer.Ordinal).ToList();
            if (expected.GetProperty("valid").GetBoolean() != result.IsValid || !expectedMessages.SequenceEqual(actualMessages))
            {
                mismatches.Add($"{Documents[i]}\n  graphql-js: {string.Join(" | ", expectedMessages)}\n  ours:       {string.Join(" | ", actualMessages)}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.False(reference.RootElement[1].GetProperty("valid").GetBoolean());
        Assert.True(reference.RootElement[0].GetProperty("valid").GetBoolean());
    }

    private static string Render(string message, JsonElement locations) =>
        locations.GetArrayLength() == 0
            ? message
            : message + " @ " + string.Join(", ", locations.EnumerateArray().Select(l => $"{l.GetProperty("line")}:{l.GetProperty("column")}"));
}
