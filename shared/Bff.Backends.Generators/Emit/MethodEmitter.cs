using System.Collections.Generic;
using System.Text;
using Bff.Backends.Generators.Model;

namespace Bff.Backends.Generators.Emit;

/// <summary>Writes one endpoint method: build the URL, send, map the status, read the JSON from the stream.</summary>
internal static class MethodEmitter
{
    private const string Runtime = ClientEmitter.Runtime;

    public static void Emit(CodeWriter writer, MethodModel method, int index, Dictionary<string, string> typeInfos)
    {
        var token = Literals.Identifier(method.Parameters[method.Parameters.Count - 1].Name);
        var signature = Literals.Join(new StringBuilder(), ", ", Signature(method.Parameters));
        writer.Line("/// <inheritdoc/>")
            .Open($"public async {method.ReturnType} {method.Name}({signature})")
            .Line($"using var request__ = new global::System.Net.Http.HttpRequestMessage(global::System.Net.Http.HttpMethod.{method.HttpMethod}, {UriExpression(method, index)});");

        foreach (var parameter in method.Parameters)
        {
            var name = Literals.Identifier(parameter.Name);
            if (parameter.Kind == ParameterKind.Header)
            {
                // Add (not TryAddWithoutValidation): a value with a line break must fail here, not split the header.
                writer.Open($"if ({name} is not null)")
                    .Line($"request__.Headers.Add({Literals.String(parameter.WireName)}, {name});")
                    .Close();
            }
            else if (parameter.Kind == ParameterKind.Body)
            {
                writer.Line($"request__.Content = global::System.Net.Http.Json.JsonContent.Create({name}, {typeInfos[parameter.RuntimeType]});");
            }
        }

        // Headers first: the body is then read from the stream as it arrives, not buffered.
        writer.Line($"using var response__ = await this.httpClient.SendAsync(request__, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, {token}).ConfigureAwait(false);")
            .Open("if (!response__.IsSuccessStatusCode)");
        if (method.NullOn404)
        {
            writer.Open("if (response__.StatusCode == global::System.Net.HttpStatusCode.NotFound)")
                .Line("return default;")
                .Close();
        }

        writer.Line($"throw await {Runtime}BackendResponses.ErrorAsync(BackendName, response__, {token}).ConfigureAwait(false);")
            .Close();
        if (method.ResultType is { } result)
        {
            var read = method.ResultNullable ? "ReadNullableAsync" : "ReadAsync";
            writer.Line($"return await {Runtime}BackendResponses.{read}(BackendName, response__, {typeInfos[result]}, {token}).ConfigureAwait(false);");
        }

        writer.Close();
        if (HasUrlParameters(method))
        {
            writer.Line();
            UriEmitter.Emit(writer, method, index);
        }
    }

    private static IEnumerable<string> Signature(EquatableArray<ParameterModel> parameters)
    {
        foreach (var parameter in parameters)
        {
            var defaultValue = parameter.DefaultValue is null ? "" : " = " + parameter.DefaultValue;
            yield return parameter.Type + " " + Literals.Identifier(parameter.Name) + defaultValue;
        }
    }

    internal static bool HasUrlParameters(MethodModel method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Kind is ParameterKind.Path or ParameterKind.Query)
            {
                return true;
            }
        }

        return false;
    }

    private static string UriExpression(MethodModel method, int index)
    {
        if (HasUrlParameters(method))
        {
            var arguments = new List<string>();
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Kind is ParameterKind.Path or ParameterKind.Query)
                {
                    arguments.Add(Literals.Identifier(parameter.Name));
                }
            }

            return $"BuildUri{index}({Literals.Join(new StringBuilder(), ", ", arguments)})";
        }

        var literal = new StringBuilder();
        foreach (var segment in method.Route)
        {
            literal.Append(segment.Text);
        }

        return Literals.String(literal.ToString());
    }
}
