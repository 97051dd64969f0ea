using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Cases;

/// <summary>POST /api/v1/cases/bulk/{action}: one step on many cases, each answered done or refused with the reason.</summary>
public static class CaseBulkApi
{
    public static void MapCaseBulk(this RouteGroupBuilder cases)
    {
        Map(cases, "assign", BulkAction.Assign, "Assign the cases to a staff member (and a department, when given)");
        Map(cases, "move-department", BulkAction.MoveDepartment, "Move the cases to another department; their assignee is cleared");
        Map(cases, "merge", BulkAction.Merge, "Merge the cases into one case of the same property (id or number)");
        Map(cases, "close-as-spam", BulkAction.CloseAsSpam, "Close the cases as spam with a reason");
    }

    private static void Map(RouteGroupBuilder cases, string name, BulkAction action, string summary) =>
        cases.MapPost($"/bulk/{name}", async Task<Ok<BulkResult>> (BulkRequest body, HttpContext http, CaseBulk bulk, CancellationToken ct) =>
                TypedResults.Ok(await bulk.RunAsync(action, body, http.User.ToScope(), ct)))
            .WithName("BulkCase" + action)
            .WithSummary(summary + "; every case goes through the same checks as one at a time")
            .ProducesValidationProblem();
}
