using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>A directive definition: built-in (<c>@skip</c>, <c>@include</c>, ...) or declared in SDL.</summary>
public sealed class DirectiveType
{
    internal DirectiveType(
        string name, string? description, IEnumerable<DirectiveLocation> locations, bool isRepeatable, bool isBuiltIn = false)
    {
        Name = name;
        Description = description;
        Locations = [.. locations];
        AllowedLocations = Locations.Aggregate(DirectiveLocation.None, (all, l) => all | l);
        IsRepeatable = isRepeatable;
        IsBuiltIn = isBuiltIn;
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The arguments, in definition order.</summary>
    public NamedCollection<InputField> Arguments { get; private set; } = new([], a => a.Name);

    /// <summary>The locations in definition order (SDL printing keeps it).</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>All allowed locations as one flags value.</summary>
    public DirectiveLocation AllowedLocations { get; }

    /// <summary>True when the directive may appear more than once at a location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>True for the specified directives (<c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>).</summary>
    public bool IsBuiltIn { get; }

    /// <summary>The SDL definition, or null for built-in directives.</summary>
    public DirectiveDefinitionNode? Definition { get; init; }

    /// <summary>True when the directive may be used at <paramref name="location"/>.</summary>
    public bool IsAllowedAt(DirectiveLocation location) => (AllowedLocations & location) != 0;

    /// <inheritdoc />
    public override string ToString() => "@" + Name;

    internal void Complete(IEnumerable<InputField> arguments) =>
        Arguments = new NamedCollection<InputField>(arguments, a => a.Name);
}
