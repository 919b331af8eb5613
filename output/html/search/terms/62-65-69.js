teSearchFile("terms/62-65-69",[["beijing",[1,2,2,36],[]]]);
