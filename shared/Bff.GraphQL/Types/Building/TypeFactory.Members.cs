using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

internal sealed partial class TypeFactory
{
    private void Complete(TypeEntry entry, NamedType type)
    {
        switch (type)
        {
            case ObjectType objectType:
                Origins[objectType] = entry;
                objectType.Complete(Fields(objectType, entry), Interfaces(entry));
                break;
            case InterfaceType interfaceType:
                interfaceType.Complete(Fields(interfaceType, entry), Interfaces(entry));
                break;
            case UnionType union:
                union.Complete(Members(entry));
                break;
            case EnumType enumType:
                var clrEnum = BuilderConfig.Find(config.EnumBindings, entry);
                enumType.Complete(entry.Values.Select(v => EnumValueOf(entry, v, clrEnum)), clrEnum);
                break;
            case InputObjectType input:
                input.Complete(InputValues(entry.InputFields, name => $"{entry.Name}.{name}"));
                break;
        }
    }

    private List<OutputField> Fields(ComplexType owner, TypeEntry entry)
    {
        var fields = new List<OutputField>();
        foreach (var node in entry.Fields)
        {
            var coordinate = $"{owner.Name}.{node.Name.Value}";
            if (ResolveType(node.Type, coordinate) is not { } type)
            {
                continue;
            }

            var arguments = InputValues(node.Arguments, name => $"{coordinate}({name}:)");
            fields.Add(new OutputField(node.Name.Value, node.Description?.Value, type, arguments, owner)
            {
                DeprecationReason = DirectiveArguments.DeprecationReason(node.Directives),
                Definition = node,
            });
        }

        return fields;
    }

    private List<InputField> InputValues(IEnumerable<InputValueDefinitionNode> nodes, Func<string, string> coordinateOf)
    {
        var values = new List<InputField>();
        foreach (var node in nodes)
        {
            var coordinate = coordinateOf(node.Name.Value);
            if (values.Exists(v => v.Name == node.Name.Value))
            {
                model.Error($"Argument \"{coordinate}\" can only be defined once.", coordinate);
                continue;
            }

            if (ResolveType(node.Type, coordinate) is not { } type)
            {
                continue;
            }

            values.Add(new InputField(node.Name.Value, node.Description?.Value, type, coordinate)
            {
                DefaultValue = node.DefaultValue,
                DeprecationReason = DirectiveArguments.DeprecationReason(node.Directives),
                Definition = node,
            });
        }

        inputValues.AddRange(values);
        return values;
    }

    private List<InterfaceType> Interfaces(TypeEntry entry)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var node in entry.Interfaces)
        {
            switch (ResolveType(node, entry.Name))
            {
                case InterfaceType iface:
                    interfaces.Add(iface);
                    break;
                case { } other:
                    model.Error($"Type {entry.Name} must only implement Interface types, it cannot implement {other}.", entry.Name);
                    break;
            }
        }

        return interfaces;
    }

    private List<ObjectType> Members(TypeEntry entry)
    {
        var members = new List<ObjectType>();
        foreach (var node in entry.Members)
        {
            switch (ResolveType(node, entry.Name))
            {
                case ObjectType member:
                    members.Add(member);
                    break;
                case { } other:
                    model.Error($"Union type {entry.Name} can only include Object types, it cannot include {other}.", entry.Name);
                    break;
            }
        }

        return members;
    }
}
