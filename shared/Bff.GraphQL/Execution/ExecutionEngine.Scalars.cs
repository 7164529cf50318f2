using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// Output coercion. The built-in scalars' errors are graphql-js's field errors and pass through; a custom scalar's
    /// failure is masked (<see cref="ScalarSerializationException"/>).
    /// </summary>
    private static object? Serialize(ScalarType scalar, object result)
    {
        try
        {
            return scalar.Serialize(result);
        }
        catch (GraphQLCoercionException exception) when (!ScalarType.Specified.Contains(scalar))
        {
            throw new ScalarSerializationException(scalar.Name, exception.InnerException ?? exception);
        }
    }
}
