using Bff.GraphQL.Execution.Caching;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// One response key of a <see cref="FieldPlan"/>: its field nodes and the field definition they select, looked up
/// once per plan instead of once per object. Literal-only arguments are coerced once and shared.
/// </summary>
internal sealed class PlannedField(ObjectType objectType, string responseKey, List<FieldNode> fieldNodes, OutputField? definition)
{
    private readonly bool argumentsAreLiteral = !HasVariables(fieldNodes[0].Arguments);
    private IReadOnlyDictionary<string, object?>? sharedArguments;
    private CacheHint? cacheHint;

    public ObjectType ObjectType => objectType;

    public string ResponseKey => responseKey;

    public List<FieldNode> FieldNodes => fieldNodes;

    /// <summary>The selected field; null for a field the type does not have (spec 6.3: skipped).</summary>
    public OutputField? Field => definition;

    public bool IsTypeName => definition == Schema.TypeNameField;

    /// <summary>The field's <c>@cacheControl</c> hint, read on first use; a race only reads it twice.</summary>
    public CacheHint CacheHint => cacheHint ??= CacheHints.For(definition!);

    /// <summary>CoerceArgumentValues; throws <see cref="GraphQLException"/> as a field error.</summary>
    public IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (sharedArguments is { } shared)
        {
            return shared;
        }

        var coerced = ArgumentCoercion.Coerce(definition!.Arguments, fieldNodes[0].Arguments, variables);
        if (argumentsAreLiteral && AllImmutable(coerced))
        {
            // Every request computes the same values; a race only computes them twice.
            sharedArguments = coerced;
        }

        return coerced;
    }

    private static bool AllImmutable(IReadOnlyDictionary<string, object?> values)
    {
        // Input objects and lists arrive as mutable collections: a resolver could change them, so they stay per request.
        foreach (var value in values.Values)
        {
            if (value is not (null or string or ValueType))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (HasVariables(arguments[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(HasVariables),
        ObjectValueNode obj => obj.Fields.Any(f => HasVariables(f.Value)),
        _ => false,
    };
}
