using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EscalationNextNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextNoticeAt",
                table: "case_deadlines",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_deadlines_next_notice",
                table: "case_deadlines",
                column: "NextNoticeAt",
                filter: "\"MetAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_deadlines_next_notice",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "NextNoticeAt",
                table: "case_deadlines");
        }
    }
}
