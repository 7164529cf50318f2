namespace DemoBackends.Http;

/// <summary>The few client errors the services answer with, always as ProblemDetails.</summary>
internal static class Problems
{
    public static IResult Validation(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);

    public static IResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No {what} with id '{id}'.");

    public static IResult? Paging(int? page, int? pageSize, int maxPageSize, out int resolvedPage, out int resolvedSize)
    {
        resolvedPage = page ?? 1;
        resolvedSize = pageSize ?? 20;
        if (resolvedPage < 1)
        {
            return Validation("page", "'page' starts at 1.");
        }

        return resolvedSize < 1 || resolvedSize > maxPageSize
            ? Validation("pageSize", $"'pageSize' must be between 1 and {maxPageSize}.")
            : null;
    }
}
