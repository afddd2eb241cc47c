/** The build's name, shown in the footer so a mediator (and the update test) can tell versions apart. */
declare const __BALCAO_BUILD__: string;
