using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Facilities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "facilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Exclusive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Opens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Closes = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rules_FreeCancellationHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules_MaxMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules_MaxPartySize = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules_MinNoticeMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "facility_slots",
                columns: table => new
                {
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Booked = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facility_slots", x => new { x.FacilityId, x.Date, x.Slot });
                    table.CheckConstraint("CK_facility_slots_limit", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\"");
                });

            migrationBuilder.CreateTable(
                name: "facility_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    PartySize = table.Column<int>(type: "INTEGER", nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    GuestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoomNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    GuestName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Layout = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Equipment = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Catering = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LateCancellation = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules_FreeCancellationHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules_MaxMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules_MaxPartySize = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules_MinNoticeMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facility_bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_facility_bookings_facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "facility_booking_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 560, nullable: true),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facility_booking_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_facility_booking_events_facility_bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "facility_bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "facility_event_order_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facility_event_order_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_facility_event_order_items_facility_bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "facility_bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_facilities_PropertyId_Code",
                table: "facilities",
                columns: new[] { "PropertyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facility_booking_events_BookingId",
                table: "facility_booking_events",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_facility_bookings_FacilityId_Date",
                table: "facility_bookings",
                columns: new[] { "FacilityId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_facility_bookings_GuestId",
                table: "facility_bookings",
                column: "GuestId");

            migrationBuilder.CreateIndex(
                name: "IX_facility_bookings_PropertyId_Date",
                table: "facility_bookings",
                columns: new[] { "PropertyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_facility_bookings_PropertyId_Number",
                table: "facility_bookings",
                columns: new[] { "PropertyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facility_event_order_items_BookingId",
                table: "facility_event_order_items",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_facility_slots_PropertyId_Date",
                table: "facility_slots",
                columns: new[] { "PropertyId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "facility_booking_events");

            migrationBuilder.DropTable(
                name: "facility_event_order_items");

            migrationBuilder.DropTable(
                name: "facility_slots");

            migrationBuilder.DropTable(
                name: "facility_bookings");

            migrationBuilder.DropTable(
                name: "facilities");
        }
    }
}
