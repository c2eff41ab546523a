import Testing
@testable import PortalModel

@Suite struct CalendarDateTests {
    @Test func parsesIsoAndVietnameseForms() throws {
        let iso = try CalendarDate.parse("2020-06-03").get()
        let vn = try CalendarDate.parse("3/6/2020").get()
        #expect(iso == vn)
        #expect(iso.iso == "2020-06-03")
    }

    @Test func rejectsImpossibleDates() {
        #expect(CalendarDate.parse("17/17/2023") == .failure(.init(reason: .month)))
        #expect(CalendarDate.parse("2024-02-30") == .failure(.init(reason: .day(maximum: 29))))
        #expect(CalendarDate.parse("2023-02-29") == .failure(.init(reason: .day(maximum: 28))))
        #expect(CalendarDate.parse("31/4/2023") == .failure(.init(reason: .day(maximum: 30))))
        #expect(CalendarDate.parse("hôm qua") == .failure(.init(reason: .format)))
        #expect(CalendarDate.parse("2023-1-1x") == .failure(.init(reason: .format)))
    }

    @Test func acceptsLeapDay() throws {
        #expect(try CalendarDate.parse("29/02/2024").get().day == 29)
    }

    @Test func formatsWithDecree30Padding() throws {
        #expect(VietnameseFormat.shortDate(try CalendarDate.parse("2020-06-03").get()) == "03/6/2020")
        #expect(VietnameseFormat.shortDate(try CalendarDate.parse("2022-01-06").get()) == "06/01/2022")
        #expect(VietnameseFormat.shortDate(try CalendarDate.parse("2021-11-19").get()) == "19/11/2021")
        #expect(VietnameseFormat.longDate(try CalendarDate.parse("2020-06-03").get()) == "ngày 03 tháng 6 năm 2020")
    }

    @Test func namesTheWeekday() throws {
        #expect(VietnameseFormat.weekdayDate(try CalendarDate.parse("2020-06-03").get()) == "Thứ Tư, 03/6/2020")
        #expect(VietnameseFormat.weekdayDate(try CalendarDate.parse("2024-06-02").get()) == "Chủ nhật, 02/6/2024")
    }

    @Test func convertsTimestampsInVietnamTime() {
        // 2023-07-16T18:30:00Z is already 17 July in Hanoi.
        #expect(CalendarDate(vietnamTimestamp: 1_689_532_200).iso == "2023-07-17")
        #expect(CalendarDate(daysSinceEpoch: CalendarDate(vietnamTimestamp: 0).daysSinceEpoch).iso == "1970-01-01")
    }
}
