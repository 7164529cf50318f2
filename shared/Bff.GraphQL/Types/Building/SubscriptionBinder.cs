namespace Bff.GraphQL.Types;

/// <summary>
/// Gives the subscription root type's fields their subscribe functions, found as resolvers are (the field's final
/// coordinate, then the module's). A subscribe function for any other field is a schema error: nothing would call it.
/// </summary>
internal static class SubscriptionBinder
{
    public static void Bind(ObjectType? subscription, TypeFactory factory, BuilderConfig config, List<SchemaError> errors)
    {
        if (config.Subscribers.Count == 0)
        {
            return;
        }

        var bound = new HashSet<string>(StringComparer.Ordinal);
        if (subscription is not null)
        {
            var entry = factory.Origins[subscription];
            foreach (var field in subscription.Fields)
            {
                var original = $"{entry.OriginalName}.{entry.OriginalFieldName(field.Name)}";
                var key = config.Subscribers.ContainsKey(field.Coordinate) ? field.Coordinate : original;
                if (config.Subscribers.TryGetValue(key, out var subscribe))
                {
                    field.Subscriber = subscribe;
                    bound.Add(key);
                }
            }
        }

        foreach (var coordinate in config.Subscribers.Keys.Where(c => !bound.Contains(c)))
        {
            errors.Add(new SchemaError(
                $"\"{coordinate}\" has a subscribe function but is not a field of the subscription root type.", coordinate));
        }
    }
}
