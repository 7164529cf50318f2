using System.Globalization;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// The operational limits of <see cref="ValidationOptions"/>: depth, field count, alias count and estimated cost of
/// each operation. Not a spec rule: it protects the server from documents that are valid but too expensive.
/// </summary>
internal sealed class OperationLimitsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    private FieldCosts? costs;

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public static bool IsEnabled(ValidationOptions options) =>
        options.MaxDepth is not null || options.MaxFields is not null || options.MaxAliases is not null
        || options.MaxCost is not null;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return false;
        }

        var options = Context.Options;
        var (fields, aliases) = SelectionCounts.Count(Context, operation);
        if (fields > options.MaxFields)
        {
            Fail($"{Subject(operation)} selects {fields} fields, more than the maximum of {options.MaxFields}.", ValidationErrorCodes.MaxFieldsExceeded, operation);
        }

        if (aliases > options.MaxAliases)
        {
            Fail($"{Subject(operation)} uses {aliases} aliases, more than the maximum of {options.MaxAliases}.", ValidationErrorCodes.MaxAliasesExceeded, operation);
        }

        if (options.MaxDepth is null && options.MaxCost is null)
        {
            return false;
        }

        costs ??= new FieldCosts(Context.Options, Context.Variables);
        var (depth, cost) = new SelectionMetrics(Context, operation, costs).Measure();
        Context.CostDependsOnVariables |= costs.UsedVariables;
        if (depth > options.MaxDepth)
        {
            Fail($"{Subject(operation)} has a depth of {depth}, more than the maximum of {options.MaxDepth}.", ValidationErrorCodes.MaxDepthExceeded, operation);
        }

        if (cost > options.MaxCost)
        {
            Fail($"{Subject(operation)} has an estimated cost of {Show(cost)}, more than the maximum of {options.MaxCost}.", ValidationErrorCodes.MaxCostExceeded, operation);
        }

        return false;
    }

    private static string Subject(OperationDefinitionNode operation) =>
        operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The operation";

    private static string Show(double cost) =>
        cost < 1e15 ? Math.Ceiling(cost).ToString("0", CultureInfo.InvariantCulture) : "more than 10^15";

    private void Fail(string message, string code, SyntaxNode node) => Context.ReportError(Name, message, [node], code);
}
