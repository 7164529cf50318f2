using System.Text;

namespace Bff.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly like graphql-js 16's <c>printSchema</c>: built-in scalars, specified directives and
/// introspection types are left out, types keep the schema's order, and only <c>@deprecated</c> and
/// <c>@specifiedBy</c> of the applied directives are printed. No trailing newline.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of <paramref name="schema"/>.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !d.IsBuiltIn).Select(PrintDirective));
        parts.AddRange(schema.Types.Values.Where(t => !t.IsBuiltIn).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>The SDL of one named type, as graphql-js's <c>printType</c>.</summary>
    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var head = DescriptionPrinting.Print(type.Description, string.Empty, true);
        return head + type switch
        {
            ScalarType s => $"scalar {s.Name}" + SpecifiedBy(s.SpecifiedByUrl),
            ObjectType o => $"type {o.Name}" + Interfaces(o) + MemberPrinting.Fields(o),
            InterfaceType i => $"interface {i.Name}" + Interfaces(i) + MemberPrinting.Fields(i),
            UnionType u => $"union {u.Name}" + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types) : string.Empty),
            EnumType e => $"enum {e.Name}" + MemberPrinting.EnumValues(e),
            InputObjectType input => $"input {input.Name}" + MemberPrinting.InputFields(input),
            _ => throw new ArgumentException($"Unknown type kind {type.Kind}.", nameof(type)),
        };
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            return null;
        }

        var builder = new StringBuilder(DescriptionPrinting.Print(schema.Description, string.Empty, true));
        builder.Append("schema {\n").Append("  query: ").Append(schema.QueryType.Name);
        if (schema.MutationType is { } mutation)
        {
            builder.Append("\n  mutation: ").Append(mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("\n  subscription: ").Append(subscription.Name);
        }

        return builder.Append("\n}").ToString();
    }

    private static bool HasCommonRootNames(Schema schema) =>
        schema.QueryType.Name == "Query"
        && schema.MutationType?.Name is null or "Mutation"
        && schema.SubscriptionType?.Name is null or "Subscription";

    private static string PrintDirective(DirectiveType directive) =>
        DescriptionPrinting.Print(directive.Description, string.Empty, true)
        + "directive @" + directive.Name
        + MemberPrinting.Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(SpecNames.Of));

    private static string Interfaces(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces) : string.Empty;

    private static string SpecifiedBy(string? url) =>
        url is null ? string.Empty : $" @specifiedBy(url: {ValuePrinting.PrintString(url)})";
}
