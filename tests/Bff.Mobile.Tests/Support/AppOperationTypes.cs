using Bff.GraphQL.Language;

namespace Bff.Mobile.Tests.Support;

/// <summary>
/// The type of each of the app's operation files, read from the parsed document (not from its name): the tests that
/// POST every file as JSON run queries and mutations only; a subscription runs over its streaming transports.
/// </summary>
internal static class AppOperationTypes
{
    public static OperationType Of(string name) =>
        Parser.Parse(AppOperations.Text(name)).Definitions.OfType<OperationDefinitionNode>().Single().Operation;

    public static bool IsSubscription(string name) => Of(name) == OperationType.Subscription;
}
