using System.Text.Json;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// The collected fields (spec 6.3.2) of a selection set on one object type, resolved against the type: what every
/// object of that type in the response needs, computed once. Response maps share its <see cref="Names"/>.
/// </summary>
internal sealed class FieldPlan
{
    public FieldPlan(Schema schema, ObjectType objectType, Dictionary<string, List<FieldNode>> collected)
    {
        ObjectType = objectType;
        Names = new string[collected.Count];
        EncodedNames = new JsonEncodedText[collected.Count];
        Fields = new PlannedField[collected.Count];
        var index = 0;
        foreach (var (responseKey, fieldNodes) in collected)
        {
            Names[index] = responseKey;
            EncodedNames[index] = JsonEncodedText.Encode(responseKey);
            Fields[index] = new PlannedField(
                objectType, responseKey, fieldNodes, FindField(schema, objectType, fieldNodes[0].Name.Value));
            index++;
        }
    }

    public ObjectType ObjectType { get; }

    public string[] Names { get; }

    /// <summary>The names escaped for JSON once, so that writing a response does not escape them per object.</summary>
    public JsonEncodedText[] EncodedNames { get; }

    public PlannedField[] Fields { get; }

    /// <summary>Fragments with an active <c>@defer</c>, when executing with incremental delivery; null otherwise.</summary>
    public IReadOnlyList<Incremental.DeferredSpec>? Deferred { get; init; }

    private static OutputField? FindField(Schema schema, ObjectType objectType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return name switch
            {
                "__typename" => Schema.TypeNameField,
                "__schema" when objectType == schema.QueryType => Schema.SchemaField,
                "__type" when objectType == schema.QueryType => Schema.TypeField,
                _ => null,
            };
        }

        return objectType.Fields.TryGetValue(name, out var field) ? field : null;
    }
}
