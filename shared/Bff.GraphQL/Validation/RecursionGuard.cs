using System.Runtime.CompilerServices;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Bounds the recursion of analyses that follow fragment spreads (a chain of fragments can nest selections far
/// deeper than the parser's limit on one selection set). Past the bound the analysis stops with an error
/// instead of risking the thread's stack.
/// </summary>
internal sealed class RecursionGuard(int limit = RecursionGuard.DefaultLimit)
{
    public const int DefaultLimit = 1_000;

    private int depth;

    public Scope Enter()
    {
        if (++depth > limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new DocumentTooComplexException();
        }

        return new Scope(this);
    }

    public readonly struct Scope(RecursionGuard guard) : IDisposable
    {
        public void Dispose() => guard.depth--;
    }
}
