using System.Collections.Generic;
using System.Collections.Immutable;
using Bff.Backends.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Bff.Backends.Generators.Parsing;

/// <summary>Turns one interface method into a <see cref="MethodModel"/>, or reports why it cannot be sent.</summary>
internal sealed class MethodParser(KnownSymbols known, ClientContext context, List<DiagnosticInfo> diagnostics)
{
    public MethodModel? Parse(IMethodSymbol method)
    {
        var httpMethod = AttributeReader.HttpMethod(method, out var template);
        if (httpMethod is null || template is null)
        {
            return Fail(Diagnostics.MissingHttpMethod, method, method.Name);
        }

        var route = RouteParser.Parse(template, out var routeError);
        if (route is null)
        {
            return Fail(Diagnostics.InvalidRoute, method, template, method.Name, routeError!);
        }

        if (!TryReadReturn(method, out var resultType, out var resultNullable))
        {
            return null;
        }

        var nullOn404 = AttributeReader.Has(method, "NullOn404Attribute");
        if (nullOn404 && (resultType is null || !resultNullable))
        {
            return Fail(Diagnostics.NullOn404NeedsNullable, method, method.Name);
        }

        var parameters = ParseParameters(method, route.Value, httpMethod);
        if (parameters is null)
        {
            return null;
        }

        return new MethodModel(method.Name, httpMethod, route.Value, TypeNames.Declared(method.ReturnType),
            resultType is null ? null : TypeNames.Runtime(resultType), resultNullable, nullOn404, parameters.Value);
    }

    private ImmutableArray<ParameterModel>? ParseParameters(IMethodSymbol method, ImmutableArray<RouteSegment> route, string httpMethod)
    {
        var count = method.Parameters.Length;
        if (count == 0 || !KnownSymbols.Same(method.Parameters[count - 1].Type, known.CancellationToken))
        {
            return FailParameters(Diagnostics.CancellationTokenNotLast, method, method.Name);
        }

        var placeholders = new List<string>();
        foreach (var segment in route)
        {
            if (segment.ParameterName is not null)
            {
                placeholders.Add(segment.ParameterName);
            }
        }

        var result = ImmutableArray.CreateBuilder<ParameterModel>(count);
        for (var i = 0; i < count - 1; i++)
        {
            var parameter = method.Parameters[i];
            if (KnownSymbols.Same(parameter.Type, known.CancellationToken))
            {
                return FailParameters(Diagnostics.CancellationTokenNotLast, method, method.Name);
            }

            var model = ParameterParser.Parse(parameter, placeholders, known, out var problem);
            problem ??= model?.Kind == ParameterKind.Body ? BodyProblem(parameter, httpMethod, result) : null;
            if (model is null || problem is not null)
            {
                return FailParameters(Diagnostics.UnsupportedParameter, parameter, parameter.Name, method.Name, problem!);
            }

            result.Add(model with { DefaultValue = DefaultValues.Of(parameter) });
        }

        foreach (var placeholder in placeholders)
        {
            if (!HasPathParameter(result, method, placeholder))
            {
                return FailParameters(Diagnostics.UnboundPlaceholder, method, placeholder, method.Name);
            }
        }

        var token = method.Parameters[count - 1];
        result.Add(new ParameterModel(token.Name, TypeNames.Declared(token.Type), TypeNames.Runtime(token.Type), ParameterKind.CancellationToken, token.Name, ValueKind.None, false)
        {
            DefaultValue = DefaultValues.Of(token),
        });
        return result.ToImmutable();
    }

    private string? BodyProblem(IParameterSymbol parameter, string httpMethod, ImmutableArray<ParameterModel>.Builder sofar)
    {
        if (httpMethod == "Get")
        {
            return "a GET request has no body";
        }

        foreach (var other in sofar)
        {
            if (other.Kind == ParameterKind.Body)
            {
                return "a request has at most one [Body]";
            }
        }

        return context.IsRegistered(parameter.Type) ? null
            : $"its type is not registered on {context.Name}: add [JsonSerializable(typeof({TypeNames.Runtime(parameter.Type)}))]";
    }

    private static bool HasPathParameter(ImmutableArray<ParameterModel>.Builder parameters, IMethodSymbol method, string placeholder)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            // Matching by the parameter's own name or its [AliasAs]; the model keeps the C# name.
            if (parameters[i].Kind == ParameterKind.Path
                && ParameterParser.Contains([placeholder], AttributeReader.Alias(method.Parameters[i]) ?? parameters[i].Name))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryReadReturn(IMethodSymbol method, out ITypeSymbol? resultType, out bool nullable)
    {
        resultType = null;
        nullable = false;
        if (KnownSymbols.Same(method.ReturnType, known.Task))
        {
            return true;
        }

        if (method.ReturnType is INamedTypeSymbol { IsGenericType: true } named && KnownSymbols.Same(named.ConstructedFrom, known.TaskOfT))
        {
            resultType = named.TypeArguments[0];
            nullable = resultType.NullableAnnotation == NullableAnnotation.Annotated || TypeNames.IsNullableValueType(resultType);
            if (context.IsRegistered(resultType))
            {
                return true;
            }

            Fail(Diagnostics.TypeNotInContext, method, TypeNames.Runtime(resultType), method.Name, context.Name);
            return false;
        }

        Fail(Diagnostics.UnsupportedReturnType, method, method.Name, method.ReturnType.ToDisplayString());
        return false;
    }

    private ImmutableArray<ParameterModel>? FailParameters(DiagnosticDescriptor descriptor, ISymbol symbol, params string[] arguments)
    {
        diagnostics.Add(DiagnosticInfo.Create(descriptor, symbol, arguments));
        return null;
    }

    private MethodModel? Fail(DiagnosticDescriptor descriptor, ISymbol symbol, params string[] arguments)
    {
        diagnostics.Add(DiagnosticInfo.Create(descriptor, symbol, arguments));
        return null;
    }
}
