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
