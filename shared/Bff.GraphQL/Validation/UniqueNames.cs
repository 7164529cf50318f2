namespace Bff.GraphQL.Validation;

/// <summary>
/// The first node seen under each name, for the uniqueness rules. Nearly every document names each thing once, so
/// one name is held in fields and a dictionary is made only when a second name comes.
/// </summary>
internal sealed class UniqueNames<T>
    where T : class
{
    private string? onlyName;
    private T? onlyValue;
    private Dictionary<string, T>? all;

    /// <summary>The node seen earlier under <paramref name="name"/>; or null, having remembered <paramref name="value"/>.</summary>
    public T? FirstOrAdd(string name, T value)
    {
        if (all is not null)
        {
            return all.TryAdd(name, value) ? null : all[name];
        }

        if (onlyName is null)
        {
            (onlyName, onlyValue) = (name, value);
            return null;
        }

        if (string.Equals(onlyName, name, StringComparison.Ordinal))
        {
            return onlyValue;
        }

        all = new Dictionary<string, T>(StringComparer.Ordinal) { [onlyName] = onlyValue!, [name] = value };
        return null;
    }
}
