namespace Bff.GraphQL.Types;

/// <summary>
/// An input object must not reach itself through non-null input object fields only: no finite value could exist.
/// One instance per schema so that each cycle is reported once, as graphql-js does.
/// </summary>
internal sealed class InputObjectCircularRefs(List<SchemaError> errors)
{
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private readonly List<InputField> fieldPath = [];
    private readonly Dictionary<string, int> pathIndexByType = new(StringComparer.Ordinal);

    public void Detect(InputObjectType input)
    {
        if (!visited.Add(input.Name))
        {
            return;
        }

        pathIndexByType[input.Name] = fieldPath.Count;
        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }

            fieldPath.Add(field);
            if (pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
            {
                var path = string.Join(".", fieldPath.Skip(cycleIndex).Select(f => f.Name));
                errors.Add(new SchemaError(
                    $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{path}\".",
                    fieldType.Name));
            }
            else
            {
                Detect(fieldType);
            }

            fieldPath.RemoveAt(fieldPath.Count - 1);
        }

        pathIndexByType.Remove(input.Name);
    }
}
