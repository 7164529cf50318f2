namespace Bff.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.ValuesOfCorrectTypeRule);

    [Fact]
    public void LiteralsOfTheRightTypesAreValid()
    {
        Expect.Valid("""
            { echo(int: 1, float: 1, string: "s", boolean: true, id: 1, mood: HAPPY, ints: 1, nestedList: [[1], [2]], nonNullInt: 2) }
            """);
    }

    [Fact]
    public void WrongScalarLiteralsReportTheScalarsMessages()
    {
        Expect.Errors(
            Rule,
            """
            { echo(int: "1", float: true, string: 1, boolean: 1, id: 1.5, nonNullInt: null) }
            """,
            "Int cannot represent non-integer value: \"1\" @ 1:13",
            "Float cannot represent non numeric value: true @ 1:25",
            "String cannot represent a non string value: 1 @ 1:39",
            "Boolean cannot represent a non boolean value: 1 @ 1:51",
            "ID cannot represent a non-string and non-integer value: 1.5 @ 1:58",
            "Expected value of type \"Int!\", found null. @ 1:75");
    }

    [Fact]
    public void IntegersOutside32BitsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { echo(int: 2147483648, nonNullInt: -2147483649) }
            """,
            "Int cannot represent non 32-bit signed integer value: 2147483648 @ 1:13",
            "Int cannot represent non 32-bit signed integer value: -2147483649 @ 1:37");
    }

    [Fact]
    public void WrongEnumLiteralsSuggestValues()
    {
        Expect.Errors(
            Rule,
            """
            { echo(mood: "HAPPY", nonNullInt: 1) dog { knowsCommand(command: sit) } }
            """,
            "Enum \"Mood\" cannot represent non-enum value: \"HAPPY\". Did you mean the enum value \"HAPPY\"? @ 1:14",
            "Value \"sit\" does not exist in \"Command\" enum. Did you mean the enum value \"SIT\"? @ 1:66");
    }

    [Fact]
    public void InputObjectsReportMissingAndUnknownFields()
    {
        Expect.Errors(
            Rule,
            """
            { animals(filter: { name: "x", sise: SMALL }) { legs } complex(arg: { optional: "a", nested: { required: 1, extra: 2 } }) }
            """,
            "Field \"PetFilter.size\" of required type \"Size!\" was not provided. @ 1:19",
            "Field \"sise\" is not defined by type \"PetFilter\". Did you mean \"size\"? @ 1:32",
            "Field \"Complex.required\" of required type \"Int!\" was not provided. @ 1:69",
            "Field \"extra\" is not defined by type \"Complex\". @ 1:109");
    }

    [Fact]
    public void NonObjectLiteralForAnInputObjectIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { complex(arg: 5) }
            """,
            "Expected value of type \"Complex\", found 5. @ 1:16");
    }

    [Fact]
    public void ListLiteralForAScalarIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { echo(int: [1], nonNullInt: 1) }
            """,
            "Int cannot represent non-integer value: [1] @ 1:13");
    }

    [Fact]
    public void VariableDefaultValuesAreChecked()
    {
        Expect.Errors(
            Rule,
            """
            query Q($a: Int = "x", $f: PetFilter = { size: HUGE }) { echo(int: $a, nonNullInt: 1) animals(filter: $f) { legs } }
            """,
            "Int cannot represent non-integer value: \"x\" @ 1:19",
            "Value \"HUGE\" does not exist in \"Size\" enum. @ 1:48");
    }
}
