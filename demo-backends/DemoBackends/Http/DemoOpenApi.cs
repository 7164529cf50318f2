using DemoBackends.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;

namespace DemoBackends.Http;

/// <summary>Each service serves its own document at <c>/openapi/v1.json</c>.</summary>
internal static class DemoOpenApi
{
    public static IServiceCollection AddDemoOpenApi(this IServiceCollection services, DemoService service) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = $"Demo {service.Name} service";
                document.Info.Description = "Demo backend for the BFF. Batch parameters take a comma list (ids=1,2,3) "
                    + $"or repeated values, at most {BatchIds.MaxBatchSize} ids; unknown ids are absent from the response.";
                if (service.UserScoped)
                {
                    document.Components ??= new OpenApiComponents();
                    document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                    {
                        ["Bearer"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT" },
                    };
                }

                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, _, _) =>
            {
                DescribeNumbersAsNumbers(schema);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                DescribeBatchParameters(operation, context.Description.RelativePath);
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] }];
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// Numbers are numbers: the web JSON defaults read numbers from strings too, so ASP.NET Core describes every
    /// number as <c>["integer", "string"]</c> with a digits pattern. The services write plain JSON numbers, and a
    /// client generated from the document (GraphQL Mesh, NSwag) should see <c>integer</c> or <c>number</c>, not a
    /// union it cannot map to one type.
    /// </summary>
    private static void DescribeNumbersAsNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
            && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    /// <summary>Array query parameters are comma lists: <c>style: form, explode: false</c>.</summary>
    private static void DescribeBatchParameters(OpenApiOperation operation, string? path)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Schema?.Type is { } type && type.HasFlag(JsonSchemaType.Array))
            {
                parameter.Style = ParameterStyle.Form;
                parameter.Explode = false;

                // Only /categories lists everything without ids; every other batch needs them.
                parameter.Required = path != "categories";
                parameter.Description ??= $"Comma-separated ids, at most {BatchIds.MaxBatchSize}; unknown ids are absent from the response.";
            }
        }
    }
}
