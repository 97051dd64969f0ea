using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reservations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "front_office_settings",
                columns: table => new
                {
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckInTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    CheckOutTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    OverbookingRooms = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_front_office_settings", x => x.PropertyId);
                });

            migrationBuilder.CreateTable(
                name: "overbooking_nights",
                columns: table => new
                {
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Night = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rooms = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overbooking_nights", x => new { x.PropertyId, x.Night });
                });

            migrationBuilder.CreateTable(
                name: "property_nights",
                columns: table => new
                {
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Night = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Booked = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Overbooking = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_property_nights", x => new { x.PropertyId, x.Night });
                    table.CheckConstraint("CK_property_nights_limit", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\" + \"Overbooking\"");
                });

            migrationBuilder.CreateTable(
                name: "rate_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rule_DepositNights = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule_FreeUntilHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule_LateChargeNights = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule_NoShowChargeNights = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rate_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "room_type_nights",
                columns: table => new
                {
                    RoomTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Night = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Booked = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Overbooking = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_room_type_nights", x => new { x.RoomTypeId, x.Night });
                    table.CheckConstraint("CK_room_type_nights_limit", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\" + \"Overbooking\"");
                });

            migrationBuilder.CreateTable(
                name: "rate_plan_prices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoomTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rate = table.Column<string>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    RatePlanId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rate_plan_prices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rate_plan_prices_rate_plans_RatePlanId",
                        column: x => x.RatePlanId,
                        principalTable: "rate_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PropertyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RoomTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatePlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Arrival = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Departure = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Adults = table.Column<int>(type: "INTEGER", nullable: false),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    NightlyRate = table.Column<string>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    GuestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GuestName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NeedsAccessibleRoom = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExternalReference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DepositDue = table.Column<string>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    CancellationCharge = table.Column<string>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoomNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedOutAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    KeyCards = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule_DepositNights = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule_FreeUntilHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule_LateChargeNights = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule_NoShowChargeNights = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reservations_rate_plans_RatePlanId",
                        column: x => x.RatePlanId,
                        principalTable: "rate_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reservations_room_types_RoomTypeId",
                        column: x => x.RoomTypeId,
                        principalTable: "room_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reservation_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 540, nullable: true),
                    ReservationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reservation_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reservation_events_reservations_ReservationId",
                        column: x => x.ReservationId,
                        principalTable: "reservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reservation_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReservationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reservation_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reservation_payments_reservations_ReservationId",
                        column: x => x.ReservationId,
                        principalTable: "reservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rate_plan_prices_RatePlanId",
                table: "rate_plan_prices",
                column: "RatePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_rate_plans_PropertyId_Code",
                table: "rate_plans",
                columns: new[] { "PropertyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reservation_events_ReservationId",
                table: "reservation_events",
                column: "ReservationId");

            migrationBuilder.CreateIndex(
                name: "IX_reservation_payments_ReservationId",
                table: "reservation_payments",
                column: "ReservationId");

            migrationBuilder.CreateIndex(
                name: "IX_reservations_GuestId",
                table: "reservations",
                column: "GuestId");

            migrationBuilder.CreateIndex(
                name: "IX_reservations_PropertyId_Arrival",
                table: "reservations",
                columns: new[] { "PropertyId", "Arrival" });

            migrationBuilder.CreateIndex(
                name: "IX_reservations_PropertyId_ExternalReference",
                table: "reservations",
                columns: new[] { "PropertyId", "ExternalReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reservations_PropertyId_Number",
                table: "reservations",
                columns: new[] { "PropertyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reservations_RatePlanId",
                table: "reservations",
                column: "RatePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_reservations_RoomTypeId",
                table: "reservations",
                column: "RoomTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_room_type_nights_PropertyId_Night",
                table: "room_type_nights",
                columns: new[] { "PropertyId", "Night" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "front_office_settings");

            migrationBuilder.DropTable(
                name: "overbooking_nights");

            migrationBuilder.DropTable(
                name: "property_nights");

            migrationBuilder.DropTable(
                name: "rate_plan_prices");

            migrationBuilder.DropTable(
                name: "reservation_events");

            migrationBuilder.DropTable(
                name: "reservation_payments");

            migrationBuilder.DropTable(
                name: "room_type_nights");

            migrationBuilder.DropTable(
                name: "reservations");

            migrationBuilder.DropTable(
                name: "rate_plans");
        }
    }
}
