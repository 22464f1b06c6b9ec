package org.harambee.workinggroups.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form owners record a closed statement's delivery with: to whom, how, on which day. */
public class DeliveryForm {

    @NotBlank
    @Size(max = StatementText.MAX_DELIVERED_TO)
    private String deliveredTo;
    @NotNull
    private DeliveryMethod deliveredHow;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveredOn;

    Delivery delivery() {
        return new Delivery(deliveredTo, deliveredHow, deliveredOn);
    }

    /** The form as an owner first sees it: delivered today, the usual case when it is filled in. */
    static DeliveryForm today(LocalDate today) {
        DeliveryForm form = new DeliveryForm();
        form.deliveredOn = today;
        return form;
    }

    public String getDeliveredTo() {
        return deliveredTo;
    }

    public void setDeliveredTo(String deliveredTo) {
        this.deliveredTo = deliveredTo;
    }

    public DeliveryMethod getDeliveredHow() {
        return deliveredHow;
    }

    public void setDeliveredHow(DeliveryMethod deliveredHow) {
        this.deliveredHow = deliveredHow;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }
}
