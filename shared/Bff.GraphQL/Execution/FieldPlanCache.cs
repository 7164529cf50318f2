using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// Field plans shared by every request that executes the same document (the server caches documents), for
/// selection sets whose collection consulted no variable. It lives as long as its document does.
/// </summary>
internal sealed class FieldPlanCache
{
    private static readonly ConditionalWeakTable<DocumentNode, FieldPlanCache> Documents = [];

    private readonly ConcurrentDictionary<PlanKey, FieldPlan> plans = new(PlanKey.Comparer);

    private FieldPlanCache(Schema schema, DocumentNode document)
    {
        Schema = schema;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
    }

    /// <summary>The schema the plans were made against; a document run against another schema plans per request.</summary>
    public Schema Schema { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public static FieldPlanCache For(Schema schema, DocumentNode document)
    {
        if (!Documents.TryGetValue(document, out var cache))
        {
            cache = Documents.GetValue(document, d => new FieldPlanCache(schema, d));
        }

        return cache.Schema == schema ? cache : new FieldPlanCache(schema, document);
    }

    public bool TryGet(ObjectType type, SelectionSetNode selectionSet, out FieldPlan plan) =>
        plans.TryGetValue(new PlanKey(type, selectionSet), out plan!);

    public void Add(ObjectType type, SelectionSetNode selectionSet, FieldPlan plan) =>
        plans.TryAdd(new PlanKey(type, selectionSet), plan);
}
