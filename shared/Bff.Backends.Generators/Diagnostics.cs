using Microsoft.CodeAnalysis;

namespace Bff.Backends.Generators;

/// <summary>
/// Every signature the generator cannot implement is an error at the interface, never a runtime surprise:
/// the client for that interface is not generated until the errors are fixed.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "Bff.Backends";

    public static readonly DiagnosticDescriptor NotAJsonContext = Error(
        "BFFGEN001", "JSON context must be a JsonSerializerContext",
        "'{0}' is not a System.Text.Json JsonSerializerContext; pass a [JsonSerializable] context type to [BackendClient]");

    public static readonly DiagnosticDescriptor UnsupportedMember = Error(
        "BFFGEN002", "Unsupported interface member",
        "'{0}' is not supported on a backend client interface: only methods with an HTTP attribute are allowed");

    public static readonly DiagnosticDescriptor MissingHttpMethod = Error(
        "BFFGEN003", "Method needs exactly one HTTP attribute",
        "Method '{0}' needs exactly one of [Get], [Post], [Put] or [Delete]");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Error(
        "BFFGEN004", "Unsupported return type",
        "Method '{0}' must return Task or Task<T>, not '{1}'");

    public static readonly DiagnosticDescriptor CancellationTokenNotLast = Error(
        "BFFGEN005", "CancellationToken must be the last parameter",
        "Method '{0}' must take a CancellationToken as its last parameter, and only there");

    public static readonly DiagnosticDescriptor InvalidRoute = Error(
        "BFFGEN006", "Invalid route template",
        "Route '{0}' of method '{1}' is invalid: {2}");

    public static readonly DiagnosticDescriptor UnboundPlaceholder = Error(
        "BFFGEN007", "Route placeholder has no parameter",
        "Route placeholder '{{{0}}}' of method '{1}' matches no parameter");

    public static readonly DiagnosticDescriptor UnsupportedParameter = Error(
        "BFFGEN008", "Unsupported parameter",
        "Parameter '{0}' of method '{1}' is not supported: {2}");

    public static readonly DiagnosticDescriptor NullOn404NeedsNullable = Error(
        "BFFGEN009", "[NullOn404] needs a nullable result",
        "Method '{0}' has [NullOn404] and must return Task<T?> so that callers see the null");

    public static readonly DiagnosticDescriptor TypeNotInContext = Error(
        "BFFGEN010", "Type missing from the JSON context",
        "'{0}' used by method '{1}' is not registered on '{2}': add [JsonSerializable(typeof({0}))]");

    public static readonly DiagnosticDescriptor UnsupportedInterface = Error(
        "BFFGEN011", "Unsupported client interface",
        "Interface '{0}' cannot be generated: {1}");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
