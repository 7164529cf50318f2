using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>What a resolver sees of the field it resolves and the request it runs in.</summary>
public interface IResolverContext
{
    /// <summary>The schema the request executes against.</summary>
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The field's selection in the document (the first one, when several were merged).</summary>
    FieldNode Selection { get; }

    /// <summary>The response path of this field, e.g. <c>["products", 3, "price"]</c>.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The resolved value of the parent object, as its resolver returned it.</summary>
    object? Parent { get; }

    /// <summary>The parent value cast to <typeparamref name="T"/>.</summary>
    T ParentAs<T>();

    /// <summary>The coerced value of an argument (default applied); null when absent and without default.</summary>
    T? ArgumentValue<T>(string name);

    /// <summary>True when the argument was given (literally or through a provided variable) or has a default.</summary>
    bool HasArgument(string name);

    /// <summary>The request's services (scoped to the request when served over HTTP).</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the client goes away or the request runs out of time; pass it on.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>The request's batch scheduler, which DataLoaders join.</summary>
    BatchScheduler BatchScheduler { get; }

    /// <summary>Per-request state shared by every resolver of the request (DataLoaders live here).</summary>
    T GetOrAddState<T>(string key, Func<T> create)
        where T : class;
}
