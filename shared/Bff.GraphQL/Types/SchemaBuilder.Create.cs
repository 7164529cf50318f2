namespace Bff.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Builds the schema; throws <see cref="SchemaException"/> listing every problem found.</summary>
    public Schema Create()
    {
        var model = SdlMerger.Merge(CacheControlDefinitions.AddWhenUsed(documents));
        config.Composition.ForEach(step => step.Apply(model));
        var factory = new TypeFactory(model, config);
        var types = factory.Build();
        var errors = model.Errors;
        var (query, mutation, subscription) = RootTypes.Resolve(model, types, errors);
        IncrementalDirectives.AddTo(factory.Directives, options);
        var directives = new NamedCollection<DirectiveType>(factory.Directives, d => d.Name);
        SchemaValidator.Validate(types.Values, directives, errors);
        new DirectiveUsageRules(directives, errors).Validate(model.SchemaDirectives, types.Values);
        ResolverBinder.Bind(types.Values, factory, config, options.StrictResolvers, errors);
        SubscriptionBinder.Bind(subscription, factory, config, errors);
        if (errors.Count > 0 || query is null)
        {
            throw new SchemaException(errors);
        }

        return new Schema(new SchemaParts(
            model.SchemaDefinition?.Description?.Value,
            query,
            mutation,
            subscription,
            types,
            factory.Directives,
            model.SchemaDefinition,
            model.SchemaExtensions));
    }
}
