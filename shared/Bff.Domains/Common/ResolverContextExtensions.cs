using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains.Common;

/// <summary>Resolver helpers of the modules.</summary>
internal static class ResolverContextExtensions
{
    /// <summary>A DataLoader (scoped: the request's) or a typed client from the request's services.</summary>
    public static T Loader<T>(this IResolverContext context)
        where T : notnull => context.Services.GetRequiredService<T>();
}
