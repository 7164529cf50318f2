namespace Bff.Domains.Common;

/// <summary>
/// Every backend call of the modules (through the cache or not) runs here, so that its failure becomes a GraphQL
/// error in one place: <see cref="BackendErrorMapping"/>.
/// </summary>
internal static class BackendCall
{
    public static async Task<T> RunAsync<T>(string backend, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (BackendErrorMapping.Map(backend, exception, cancellationToken) is { } error)
        {
            throw error;
        }
    }

    public static ValueTask<T> RunAsync<T>(string backend, Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellationToken) =>
        new(RunAsync(backend, ct => call(ct).AsTask(), cancellationToken));
}
