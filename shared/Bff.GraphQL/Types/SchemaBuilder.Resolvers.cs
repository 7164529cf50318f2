using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Sets the resolver of <c>typeName.fieldName</c>; a later call for the same field replaces it.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolverDelegate resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(resolver);
        config.Resolvers[$"{typeName}.{fieldName}"] = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));
    }

    /// <summary>Sets an asynchronous resolver.</summary>
    public SchemaBuilder AddResolver<T>(string typeName, string fieldName, Func<IResolverContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        FieldResolverDelegate wrapped = async context => await resolver(context);
        return AddResolver(typeName, fieldName, wrapped);
    }

    /// <summary>Removes a type and everything that refers to it (fields, arguments, input fields, members, interfaces).</summary>
    public SchemaBuilder RemoveType(string typeName) => Compose(new RemoveTypeStep(typeName));

    /// <summary>Removes a field of an object, interface or input object type.</summary>
    public SchemaBuilder RemoveField(string typeName, string fieldName) => Compose(new RemoveFieldStep(typeName, fieldName));

    /// <summary>Renames a type and every reference to it, root operation types included.</summary>
    public SchemaBuilder RenameType(string oldName, string newName) => Compose(new RenameTypeStep(oldName, newName));

    /// <summary>Renames a field; resolvers and CLR members bound to its old name still resolve it.</summary>
    public SchemaBuilder RenameField(string typeName, string fieldName, string newName) =>
        Compose(new RenameFieldStep(typeName, fieldName, newName));

    private SchemaBuilder Compose(ICompositionStep step)
    {
        config.Composition.Add(step);
        return this;
    }
}
