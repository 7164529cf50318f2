using Bff.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains.Common;

/// <summary>
/// What every module does first: the shared base (the <c>Query</c> root, <c>DateTime</c>, <c>PageInfo</c>) and, for
/// modules with writes, the <c>Mutation</c> root (and for live fields the <c>Subscription</c> root), each added once however many modules ask, so that a BFF composes
/// any subset of modules in any order.
/// </summary>
internal static class ModuleRegistration
{
    public static GraphQLServerBuilder AddModuleSdl(this GraphQLServerBuilder builder, string resource, bool hasMutations = false)
    {
        if (Once<BaseMarker>(builder))
        {
            builder.AddDocumentFromString(ModuleSdl.Read("base.graphql")).AddScalar(DateTimeScalar.Create())
                .BindRuntimeType<PageInfo>("PageInfo");
            builder.Services.AddHttpContextAccessor();
        }

        if (hasMutations && Once<MutationMarker>(builder))
        {
            builder.AddDocumentFromString(ModuleSdl.Read("mutation.graphql"));
        }

        return Once<ModuleMarker>(builder, resource) ? builder.AddDocumentFromString(ModuleSdl.Read(resource)) : builder;
    }

    /// <summary>A module's live fields (<paramref name="resource"/> extends <c>Subscription</c>), and that root once.</summary>
    public static GraphQLServerBuilder AddSubscriptionSdl(this GraphQLServerBuilder builder, string resource)
    {
        if (Once<SubscriptionMarker>(builder))
        {
            builder.AddDocumentFromString(ModuleSdl.Read("subscription.graphql"));
        }

        return Once<ModuleMarker>(builder, resource) ? builder.AddDocumentFromString(ModuleSdl.Read(resource)) : builder;
    }

    private static bool Once<TMarker>(GraphQLServerBuilder builder, string? name = null)
        where TMarker : Marker, new()
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(TMarker) && ((TMarker)d.ImplementationInstance!).Name == name))
        {
            return false;
        }

        builder.Services.AddSingleton(new TMarker { Name = name });
        return true;
    }

    private abstract class Marker
    {
        public string? Name { get; init; }
    }

    private sealed class BaseMarker : Marker;

    private sealed class MutationMarker : Marker;

    private sealed class ModuleMarker : Marker;

    private sealed class SubscriptionMarker : Marker;
}
