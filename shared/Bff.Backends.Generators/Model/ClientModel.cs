namespace Bff.Backends.Generators.Model;

/// <summary>Everything the emitter needs for one client interface; plain strings so the pipeline can cache it.</summary>
internal sealed record ClientModel(
    string? Namespace,
    string InterfaceName,
    string ClassName,
    string BackendName,
    string ContextType,
    EquatableArray<MethodModel> Methods);

/// <summary>One endpoint: HTTP method, route and how each parameter travels.</summary>
internal sealed record MethodModel(
    string Name,
    string HttpMethod,
    EquatableArray<RouteSegment> Route,
    string ReturnType,
    string? ResultType,
    bool ResultNullable,
    bool NullOn404,
    EquatableArray<ParameterModel> Parameters);

/// <summary>A literal piece of the route template, or the name of the parameter that fills a placeholder.</summary>
internal sealed record RouteSegment(string Text, string? ParameterName);

/// <summary>A method parameter: its C# type, where it goes (path, query, header, body) and how it is written.</summary>
internal sealed record ParameterModel(
    string Name,
    string Type,
    string RuntimeType,
    ParameterKind Kind,
    string WireName,
    ValueKind ValueKind,
    bool IsNullableValueType)
{
    /// <summary>The default value as C# text (<c>= default</c> etc.), so the class can be called like the interface.</summary>
    public string? DefaultValue { get; init; }
}

internal enum ParameterKind
{
    Path,
    Query,
    Header,
    Body,
    CancellationToken,
}

internal enum ValueKind
{
    String,
    Boolean,
    Formattable,
    StringList,
    FormattableList,
    Json,
    None,
}
