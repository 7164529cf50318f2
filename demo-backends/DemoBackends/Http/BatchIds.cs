namespace DemoBackends.Http;

/// <summary>
/// Parses a batch parameter: a comma list (<c>?ids=1,2,3</c>) or repeated values (<c>?ids=1&amp;ids=2</c>).
/// Duplicates collapse and order is kept; more than <see cref="MaxBatchSize"/> ids is a 400.
/// </summary>
internal static class BatchIds
{
    public const int MaxBatchSize = 100;

    public static bool TryParse(string[]? raw, string parameterName, out IReadOnlyList<string> ids, out IResult? problem)
    {
        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in raw ?? [])
        {
            foreach (var id in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (seen.Add(id))
                {
                    list.Add(id);
                }
            }
        }

        ids = list;
        problem = list.Count switch
        {
            0 => Problems.Validation(parameterName, $"'{parameterName}' is required: a comma-separated list of ids, e.g. {parameterName}=1,2,3."),
            > MaxBatchSize => Problems.Validation(parameterName, $"At most {MaxBatchSize} ids per request; got {list.Count}."),
            _ => null,
        };
        return problem is null;
    }
}
