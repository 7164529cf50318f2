using Bff.Domains.Common;
using Bff.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains;

/// <summary>
/// Lower maxima a BFF sets on the modules' count arguments (<c>first</c>, <c>pageSize</c>) for its clients, e.g. a
/// phone's small pages. A value above the limit is the same BAD_USER_INPUT error as one above the module's own
/// maximum, before any cache read or call; a limit never raises the module's maximum.
/// </summary>
public static class ArgumentLimits
{
    /// <summary>
    /// Caps <paramref name="argument"/> of <paramref name="type"/>.<paramref name="field"/> at <paramref name="max"/>.
    /// Names are those the BFF's clients see, after its renames (<c>Product.similar</c>, not <c>Product.recommendations</c>).
    /// </summary>
    public static GraphQLServerBuilder LimitArgument(this GraphQLServerBuilder builder, string type, string field, string argument, int max)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        builder.Services.Configure<ArgumentLimitsOptions>(o => o.Maxima[(type, field, argument)] = max);
        return builder;
    }
}
