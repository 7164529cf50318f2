using System.Collections;
using System.Globalization;

namespace Bff.GraphQL.Execution;

/// <summary>
/// Turns a coerced input value into the CLR type a resolver asks for: numbers widen or narrow, lists become arrays or
/// lists of the element type. Anything else must already be of the requested type.
/// </summary>
internal static class ArgumentConverter
{
    public static T? Convert<T>(object? value, string name)
    {
        if (value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        return (T?)Convert(value, typeof(T), name);
    }

    private static object? Convert(object? value, Type target, string name)
    {
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        target = Nullable.GetUnderlyingType(target) ?? target;
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum)
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        if (value is IList items && ElementTypeOf(target) is { } elementType)
        {
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(Convert(items[i], elementType, name), i);
            }

            return target.IsInstanceOfType(array) ? array : Activator.CreateInstance(target, array);
        }

        throw new InvalidCastException($"Argument \"{name}\" holds {value.GetType().Name}, which is not {target.Name}.");
    }

    private static Type? ElementTypeOf(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }

        return target.IsGenericType && target.GetGenericArguments() is [var element]
            && typeof(IEnumerable).IsAssignableFrom(target) ? element : null;
    }
}
