package vn.hotline1022.routing.directory;

import org.junit.jupiter.api.Test;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.Locality;
import vn.hotline1022.routing.directory.domain.Unit;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed file matches the letter's list of connected hotlines. */
class SeedDirectoryTest {

    private final Map<String, Unit> units = SeedDirectory.units();

    @Test
    void departmentsAndHealthUnitsCarryTheLettersNumbersInE164() {
        assertThat(numbers("SO_GTVT")).containsExactly("+84913680916");
        assertThat(numbers("SO_CONG_THUONG")).containsExactly("+84913175279");
        assertThat(numbers("SO_LDTBXH")).containsExactly("+84972905939");
        assertThat(numbers("TTYT_HAM_THUAN_BAC")).containsExactly("+84916248283", "+84945951138");
        assertThat(numbers("TTYT_TANH_LINH")).containsExactly("+84968731919", "+84975394115");
        assertThat(numbers("BV_LA_GI")).containsExactly("+84967841818");
        long dialable = units.values().stream().mapToLong(u -> u.dialableHotlines().size()).sum();
        assertThat(dialable).as("18 numbers in the letter's list").isEqualTo(18);
    }

    @Test
    void everyDistrictHasASteeringCommitteePlaceholderThatIsNotDialable() {
        for (String district : Locality.DISTRICTS) {
            Unit bcd = units.get("BCD_" + district);
            assertThat(bcd.hotlines()).hasSize(1).allMatch(Hotline::placeholder).noneMatch(Hotline::dialable);
            assertThat(bcd.hotlines().get(0).label()).startsWith("CHỜ BỔ SUNG");
            assertThat(units).containsKey("UBND_" + district).containsKey("TTYT_" + district);
        }
    }

    @Test
    void healthDepartmentAndCdcAreNotTransferableAndSayWhy() {
        for (String code : List.of("SO_Y_TE", "CDC")) {
            Unit u = units.get(code);
            assertThat(u.transferable()).isFalse();
            assertThat(u.notTransferableReason()).contains("trả lời từ cơ sở tri thức để giảm tải đường dây".substring(1));
            assertThat(u.alternative()).isNotBlank();
        }
    }

    private List<String> numbers(String code) {
        return units.get(code).dialableHotlines().stream().map(Hotline::number).toList();
    }
}
