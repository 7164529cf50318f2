using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>The operation a request selected, its root type and its coerced variables.</summary>
internal readonly record struct PreparedOperation(
    OperationDefinitionNode Operation, ObjectType RootType, IReadOnlyDictionary<string, object?> Variables);
