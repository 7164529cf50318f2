using System.Reflection;
using Refit;

namespace Bff.Backends.Http;

/// <summary>
/// Refit's URL value formatting, with booleans as JSON and most web servers spell them (<c>true</c>, not <c>True</c>).
/// </summary>
internal sealed class BackendUrlParameterFormatter : DefaultUrlParameterFormatter
{
    /// <inheritdoc/>
    public override string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) => value is bool flag
        ? flag ? "true" : "false"
        : base.Format(value, attributeProvider, type);
}
