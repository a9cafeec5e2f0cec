package org.jixiao.core.accounts.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 十三 国有资产占用情况: 车辆 (total and by kind, "机要通信用车 1 辆") and 单价100万元（含）以上设备（不含车辆）
 * (台（套）), as counts; empty where the disclosure states none.
 */
public record Assets(Optional<Long> vehicles, List<Count> vehicleKinds, Optional<Long> equipment) {

    /** A count the narrative states under its name. */
    public record Count(String name, long count) {
        public Count {
            Objects.requireNonNull(name, "name");
        }
    }

    public Assets {
        Objects.requireNonNull(vehicles, "vehicles");
        Objects.requireNonNull(equipment, "equipment");
        vehicleKinds = List.copyOf(vehicleKinds);
    }
}
